package org.smesupport.casework.api.matching;

/** One matching fair with its participants; {@code null} if there is none by that id. */
public record FindMatchingFairQuery(MatchingFairId fairId) {
}
