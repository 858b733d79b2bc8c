package org.smesupport.casework.api.restructuring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record RestructuringCaseId(String value) {

    public RestructuringCaseId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    @JsonCreator
    public static RestructuringCaseId of(String value) {
        return new RestructuringCaseId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Axon routes commands by the identifier's string form. */
    @Override
    public String toString() {
        return value;
    }
}
