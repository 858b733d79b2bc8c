package org.smesupport.casework.api.matching;

import java.util.List;

/** Matching fairs, earliest start first. */
public record MatchingFairList(List<MatchingFairSummary> fairs) {
}
