package org.smesupport.casework.projection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.axonframework.messaging.MetaData;

/**
 * The audit fields the application puts into every event's metadata. Read from {@link MetaData} as a
 * whole rather than with typed {@code @MetaDataValue} parameters: Axon passes a value of another type
 * straight to the handler and fails the invocation, and serialisers may turn a date into a string.
 * Every field may be absent (events written by tests or before the field existed).
 */
public record AuditMetaData(String user, String role, String reason, LocalDate businessDate) {

    public static AuditMetaData from(MetaData metaData) {
        return new AuditMetaData(
                text(metaData, "user"),
                text(metaData, "role"),
                text(metaData, "reason"),
                date(metaData, "businessDate"));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData == null ? null : metaData.get(key);
        return value == null ? null : value.toString();
    }

    private static LocalDate date(MetaData metaData, String key) {
        String value = text(metaData, key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
