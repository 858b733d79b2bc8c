package org.smesupport.casework.api.consultation;

/**
 * The desks at which the centre takes consultations (report section I-1), each with the total of the report its
 * sessions count toward ({@link CountsToward}): a new desk is one line here.
 */
public enum Desk {
    ONE_STOP("ワンストップ相談", CountsToward.ONE_STOP),
    YOROZU_HUB("よろず支援拠点", CountsToward.YOROZU),
    YOROZU_SATELLITE("よろず支援拠点サテライト", CountsToward.YOROZU),
    SUBCONTRACTING("下請かけこみ寺", CountsToward.ONE_STOP),
    ON_SITE("現場相談", CountsToward.ONE_STOP),
    MIBYO_PHONE("企業経営の未病相談ダイヤル", CountsToward.APART),
    // The report's KIP total includes "KIP 各課での件数", the centre's sections' own consultations: the overseas
    // business desk is one of them, so it is in the KIP total and, not being よろず, in ワンストップ = KIP − よろず.
    OVERSEAS("海外ビジネス相談", CountsToward.ONE_STOP);

    private final String label;
    private final CountsToward countsToward;

    Desk(String label, CountsToward countsToward) {
        this.label = label;
        this.countsToward = countsToward;
    }

    public String label() {
        return label;
    }

    public CountsToward countsToward() {
        return countsToward;
    }

    /** Lawyer consultations are a service of the subcontracting help desk (うち弁護士相談). */
    public boolean offersLawyerConsultations() {
        return this == SUBCONTRACTING;
    }

    /**
     * The totals of section I-1. The KIP total (KIP 全体) is every session at a desk counting toward
     * {@link #YOROZU} or {@link #ONE_STOP}; the report prints it beside ワンストップ相談 in brackets, and
     * ワンストップ相談 = KIP total − よろず支援拠点.
     */
    public enum CountsToward {
        /** よろず支援拠点 相談対応件数: the hub and its satellites. */
        YOROZU,
        /** ワンストップ相談 相談件数: every other desk of the KIP total. */
        ONE_STOP,
        /** Counted on its own line, in no total (企業経営の未病相談ダイヤル). */
        APART;

        public boolean inKipTotal() {
            return this != APART;
        }
    }
}
