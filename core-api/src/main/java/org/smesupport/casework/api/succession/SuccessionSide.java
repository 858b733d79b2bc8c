package org.smesupport.casework.api.succession;

/** What the firm consults about (事業引継ぎ): selling (譲渡), buying (譲受) or closing down (廃業). */
public enum SuccessionSide {
    SELLER("譲渡"),
    BUYER("譲受"),
    CLOSURE("廃業");

    private final String label;

    SuccessionSide(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
