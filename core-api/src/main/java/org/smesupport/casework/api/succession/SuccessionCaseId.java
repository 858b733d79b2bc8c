package org.smesupport.casework.api.succession;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record SuccessionCaseId(String value) {

    public SuccessionCaseId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    @JsonCreator
    public static SuccessionCaseId of(String value) {
        return new SuccessionCaseId(value);
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
