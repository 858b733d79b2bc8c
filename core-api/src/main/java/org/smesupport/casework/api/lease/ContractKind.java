package org.smesupport.casework.api.lease;

/** How the centre provides the equipment it bought: rented out, or sold on instalments. */
public enum ContractKind {
    LEASE("リース"),
    INSTALMENT_SALE("割賦販売");

    private final String label;

    ContractKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only an instalment sale takes a down payment (頭金); a lease finances the whole price. */
    public boolean takesDownPayment() {
        return this == INSTALMENT_SALE;
    }
}
