package org.smesupport.casework.api.consultation;

/** The desks at which the centre takes consultations (report section I-1). */
public enum Desk {
    ONE_STOP("ワンストップ相談"),
    YOROZU_HUB("よろず支援拠点"),
    YOROZU_SATELLITE("よろず支援拠点サテライト"),
    SUBCONTRACTING("下請かけこみ寺"),
    ON_SITE("現場相談"),
    MIBYO_PHONE("企業経営の未病相談ダイヤル"),
    OVERSEAS("海外ビジネス相談");

    private final String label;

    Desk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Lawyer consultations are a service of the subcontracting help desk (うち弁護士相談). */
    public boolean offersLawyerConsultations() {
        return this == SUBCONTRACTING;
    }
}
