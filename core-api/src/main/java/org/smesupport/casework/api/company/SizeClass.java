package org.smesupport.casework.api.company;

/** Size class under the SME Basic Act: small firm, micro firm (小規模企業) or sole proprietor. */
public enum SizeClass {
    SMALL("中小企業"),
    MICRO("小規模企業"),
    SOLE_PROPRIETOR("個人事業主");

    private final String label;

    SizeClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
