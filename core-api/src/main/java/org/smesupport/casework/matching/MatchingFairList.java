package org.smesupport.casework.matching;

import java.util.List;

/** Matching fairs, earliest start first. */
public record MatchingFairList(List<MatchingFairSummary> fairs) {
}
