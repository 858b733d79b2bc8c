package org.smesupport.casework.projection.matching;

/**
 * The matching feature's processing groups: the read models the desk works from (suppliers with their
 * index, order requests, fairs), and the fiscal-year statistics, which replay on their own.
 */
final class MatchingProcessingGroups {

    static final String READ_MODELS = "matching";
    static final String STATISTICS = "matching-statistics";

    private MatchingProcessingGroups() {
    }
}
