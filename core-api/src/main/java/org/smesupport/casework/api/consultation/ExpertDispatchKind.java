package org.smesupport.casework.api.consultation;

/** Kinds of expert dispatch (専門家派遣) the report counts separately. */
public enum ExpertDispatchKind {
    MANAGEMENT_ADVISOR("経営アドバイザー"),
    MIBYO_IMPROVEMENT("企業経営の未病改善");

    private final String label;

    ExpertDispatchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
