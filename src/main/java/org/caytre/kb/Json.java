package org.caytre.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON columns (arrays and objects stored as TEXT, the portable choice for SQLite and PostgreSQL). */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON-serialisable: " + value, e);
        }
    }

    static List<String> stringList(String json) {
        return json == null ? List.of() : read(json, new TypeReference<List<String>>() {});
    }

    static Map<String, Object> object(String json) {
        return json == null ? new LinkedHashMap<>() : read(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON column: " + e.getOriginalMessage(), e);
        }
    }
}
