package org.smesupport.casework.api.matching;

/** Where a firm is: the prefecture's areas (the report's 重点地域) or outside it. */
public enum Region {
    YOKOHAMA("横浜"),
    KAWASAKI("川崎"),
    SAGAMIHARA("相模原"),
    YOKOSUKA_MIURA("横須賀・三浦"),
    SHONAN("湘南"),
    KENOU("県央"),
    KENSEI("県西"),
    OUT_OF_PREFECTURE("県外");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
