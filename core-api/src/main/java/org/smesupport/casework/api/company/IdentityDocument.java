package org.smesupport.casework.api.company;

/**
 * What a caseworker saw to confirm that a sole proprietor (個人事業主), who has no corporate number, runs
 * the business registered: the identity check that stands in for the corporate number.
 */
public enum IdentityDocument {
    /** 開業届（個人事業の開業届出書）の控え. */
    OPENING_NOTICE("開業届"),
    /** 確定申告書（事業所得のあるもの）の控え. */
    TAX_RETURN("確定申告書"),
    /** 営業許可証などの許認可の証. */
    BUSINESS_PERMIT("許認可証");

    private final String label;

    IdentityDocument(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
