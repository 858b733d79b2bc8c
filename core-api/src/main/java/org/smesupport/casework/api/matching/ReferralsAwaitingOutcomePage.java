package org.smesupport.casework.api.matching;

import java.util.List;

/** One page of introductions awaiting an outcome; {@code total} counts all of them. */
public record ReferralsAwaitingOutcomePage(List<ReferralAwaitingOutcome> items, int page, int size, long total) {
}
