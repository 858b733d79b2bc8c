package org.smesupport.casework.api.succession;

import java.time.LocalDate;

/** A deal a case took part in: as {@code SELLER} or {@code BUYER}, and the party on the other side. */
public record SuccessionCaseDeal(SuccessionDealId dealId, SuccessionSide role, String counterpart, LocalDate concludedOn) {
}
