package org.caytre.web;

import java.util.Map;

/** The JSON schema of {@code GET areas/years} (kb.AreaYears). */
final class AreaYearsSchema {
    static final Map<String, Object> SCHEMA = ApiSchemas.object("areas", ApiSchemas.array(ApiSchemas.object("area", ApiSchemas.str(),
            "label", ApiSchemas.array(ApiSchemas.str()), "years", ApiSchemas.array(ApiSchemas.object("year", ApiSchemas.str(),
                    "events", ApiSchemas.integer(), "statistics", ApiSchemas.integer(), "event_share", ApiSchemas.number())))));

    private AreaYearsSchema() {}
}
