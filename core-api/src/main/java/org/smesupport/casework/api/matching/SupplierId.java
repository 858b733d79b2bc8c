package org.smesupport.casework.api.matching;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.smesupport.casework.api.company.CompanyId;

public record SupplierId(String value) {

    private static final String ID_PREFIX = "supplier-";

    public SupplierId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    @JsonCreator
    public static SupplierId of(String value) {
        return new SupplierId(value);
    }

    /**
     * The one supplier id a company can be registered under: a company is a supplier at most once, and the id
     * derived from its own is how the command side keeps it so without a read model.
     */
    public static SupplierId forCompany(CompanyId companyId) {
        return new SupplierId(ID_PREFIX + companyId.value());
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
