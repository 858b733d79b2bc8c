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

    /**
     * The stream that claims the case's one deal ({@code UniqueClaimedEvent}, holder the deal's id): written with the
     * deal by the command side, read by the case's past states on the query side.
     */
    public String dealClaim() {
        return "succession-deal-of-" + value;
    }

    /** Axon routes commands by the identifier's string form. */
    @Override
    public String toString() {
        return value;
    }
}
