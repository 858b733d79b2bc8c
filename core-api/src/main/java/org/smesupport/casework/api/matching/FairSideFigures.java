package org.smesupport.casework.api.matching;

import java.math.BigDecimal;

/**
 * One side of a fair: participants, satisfaction answers and how many were satisfied, and the satisfaction
 * rate (満足度) = satisfied / answers in % (one decimal, half-up; {@code null} without answers).
 */
public record FairSideFigures(long participants, long answers, long satisfied, BigDecimal satisfactionPercent) {
}
