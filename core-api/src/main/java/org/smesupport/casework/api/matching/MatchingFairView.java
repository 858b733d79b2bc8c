package org.smesupport.casework.api.matching;

import java.util.List;

/** A matching fair with every participant, in order of registration. */
public record MatchingFairView(MatchingFairSummary summary, List<FairParticipantView> participants) {
}
