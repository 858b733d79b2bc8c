package org.smesupport.casework.api.reference;

import org.smesupport.casework.api.common.FiscalYear;

/**
 * The kinds of record that get a human-readable reference, each with its prefix and the digits its number is
 * padded to: {@code 相談-2020-000123}, {@code 貸与-2020-0007}. Numbers run from 1 within a kind and the fiscal
 * year of the record's own date.
 */
public enum ReferenceKind {
    CONSULTATION("相談", 6),
    LEASE("貸与", 4),
    ORDER_REQUEST("受注", 4),
    RESTRUCTURING("再生", 4),
    SUCCESSION("引継", 4),
    IMPROVEMENT_SUBSIDY("補助", 4);

    private final String prefix;
    private final int digits;

    ReferenceKind(String prefix, int digits) {
        this.prefix = prefix;
        this.digits = digits;
    }

    public String prefix() {
        return prefix;
    }

    public int digits() {
        return digits;
    }

    /** {@code 相談-2020-000123}; a number beyond the padding keeps all its digits. */
    public String format(FiscalYear fiscalYear, long number) {
        return prefix + "-" + fiscalYear.startYear() + "-" + String.format("%0" + digits + "d", number);
    }

    /** The register that numbers this kind's records of {@code fiscalYear}: {@code reference-CONSULTATION-2020}. */
    public String registerId(FiscalYear fiscalYear) {
        return "reference-" + name() + "-" + fiscalYear.startYear();
    }
}
