package org.smesupport.casework.api.consultation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record ConsultationCaseId(String value) {

    public ConsultationCaseId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("consultation case id must not be blank");
        }
    }

    @JsonCreator
    public static ConsultationCaseId of(String value) {
        return new ConsultationCaseId(value);
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
