package org.caytre.cli;

import org.caytre.ingest.PublicationDate;
import picocli.CommandLine;

/** {@code --date YYYY[-MM[-DD]]}: picocli reports a bad value as a usage error naming it. */
final class DateOption implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
        try {
            return PublicationDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
