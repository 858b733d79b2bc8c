package org.smesupport.casework.api.company;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record CompanyId(String value) {

    public CompanyId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("company id must not be blank");
        }
    }

    @JsonCreator
    public static CompanyId of(String value) {
        return new CompanyId(value);
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
