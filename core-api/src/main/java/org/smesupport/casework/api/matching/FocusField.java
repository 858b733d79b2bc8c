package org.smesupport.casework.api.matching;

/** The fields the centre promotes (ロボット、環境、半導体、EV、DX …). */
public enum FocusField {
    ROBOTICS("ロボット"),
    ENVIRONMENT("環境"),
    SEMICONDUCTORS("半導体"),
    EV("EV"),
    DX("DX"),
    MEDICAL("医療機器"),
    AEROSPACE("航空宇宙");

    private final String label;

    FocusField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
