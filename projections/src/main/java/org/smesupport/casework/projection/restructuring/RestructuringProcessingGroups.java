package org.smesupport.casework.projection.restructuring;

/**
 * The restructuring feature's processing groups: the read models the desk works from (cases, subsidy files),
 * and the fiscal-year statistics of section I-7 (restructuring and succession alike), which replay on their own.
 */
final class RestructuringProcessingGroups {

    static final String READ_MODELS = "restructuring";
    static final String STATISTICS = "restructuring-statistics";

    private RestructuringProcessingGroups() {
    }
}
