package org.smesupport.casework.api.plan;

/**
 * The key performance indicators of the mid-term plan (中期経営計画) that the centre's programmes count, with the
 * label and unit the annual report prints ("中期経営計画の達成状況"). Each is one figure of one programme's report
 * (the query side maps them). {@code partOf} names the KPI whose figure this one is printed under in brackets
 * (設備貸与事業の利用企業数（新規利用数）); a {@link Accumulation#CUMULATIVE} KPI's targets and actuals are totals
 * over the plan's years (the report's ※目標・実績は累計).
 */
public enum Kpi {

    CONSULTATIONS("相談対応件数", "件", Accumulation.YEARLY, null),
    LEASE_COMPANIES("設備貸与事業の利用企業数", "社", Accumulation.YEARLY, null),
    LEASE_NEW_COMPANIES("新規利用数", "社", Accumulation.YEARLY, LEASE_COMPANIES),
    FAIR_MEETINGS("受・発注商談会などにおける商談件数", "件", Accumulation.YEARLY, null),
    SUCCESSION_DIAGNOSES("神奈川県事業承継ネットワークの事業承継診断の実施件数", "件", Accumulation.CUMULATIVE, null),
    SUCCESSION_PLANS("神奈川県事業承継ネットワークの事業承継計画の策定件数", "件", Accumulation.CUMULATIVE, null),
    SUCCESSION_DEALS("神奈川県事業引継ぎ支援センターでのＭ＆Ａ成約件数", "件", Accumulation.YEARLY, null),
    RESTRUCTURING_COMPLETED("神奈川県中小企業再生支援協議会での再生完了件数", "件", Accumulation.YEARLY, null),
    RESTRUCTURING_DRASTIC("うち抜本再生", "件", Accumulation.YEARLY, RESTRUCTURING_COMPLETED);

    private final String label;
    private final String unit;
    private final Accumulation accumulation;
    private final Kpi partOf;

    Kpi(String label, String unit, Accumulation accumulation, Kpi partOf) {
        this.label = label;
        this.unit = unit;
        this.accumulation = accumulation;
        this.partOf = partOf;
    }

    public String label() {
        return label;
    }

    /** 件 or 社, printed after every target and actual. */
    public String unit() {
        return unit;
    }

    public Accumulation accumulation() {
        return accumulation;
    }

    /** The KPI this one is a part of (printed in brackets under it), or {@code null}. */
    public Kpi partOf() {
        return partOf;
    }

    /** How a year's target and actual are counted. */
    public enum Accumulation {
        /** the year's own figure */
        YEARLY,
        /** the total from the plan's first year up to and including the year (※目標・実績は累計) */
        CUMULATIVE
    }
}
