package org.smesupport.casework.api.lease;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record LeaseContractId(String value) {

    public LeaseContractId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("lease contract id must not be blank");
        }
    }

    @JsonCreator
    public static LeaseContractId of(String value) {
        return new LeaseContractId(value);
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
