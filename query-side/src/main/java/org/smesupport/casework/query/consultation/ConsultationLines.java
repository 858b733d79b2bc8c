package org.smesupport.casework.query.consultation;

/**
 * The codes of the consultation report's five-year tables and of their lines (section I-1): the JSON's and the
 * CSV's, and the keys of the published figures ({@code table.line}).
 */
public final class ConsultationLines {

    /** よろず支援拠点: 相談対応件数. */
    public static final String YOROZU = "YOROZU";
    /** ワンストップ相談: 相談件数 and the KIP total. */
    public static final String ONE_STOP = "ONE_STOP";
    public static final String ON_SITE = "ON_SITE";
    /** 下請かけこみ寺: 相談件数 and うち弁護士相談. */
    public static final String SUBCONTRACTING = "SUBCONTRACTING";
    /** 企業経営の未病相談ダイヤル, apart from the KIP total. */
    public static final String MIBYO_PHONE = "MIBYO_PHONE";
    /** 専門家派遣: a line per kind and the total. */
    public static final String EXPERT_DISPATCHES = "EXPERT_DISPATCHES";
    /** 相談内容内訳: the A/B table of the KIP total by category, a row per category and the total. */
    public static final String CATEGORIES = "CATEGORIES";

    public static final String SESSIONS = "SESSIONS";
    public static final String KIP_TOTAL = "KIP_TOTAL";
    public static final String LAWYER = "LAWYER";
    public static final String TOTAL = "TOTAL";

    private ConsultationLines() {
    }
}
