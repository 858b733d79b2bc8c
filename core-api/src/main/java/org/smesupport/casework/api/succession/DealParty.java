package org.smesupport.casework.api.succession;

import org.smesupport.casework.api.common.PersonalData;

/**
 * One side of an M&A deal: a consulting firm's case ({@code caseId}), or a counterpart the centre does not
 * advise ({@code caseId} null, named by {@code name}). {@code inPrefecture}: the firm is in the prefecture,
 * which is what the 0.5 counting rule looks at; for a case it comes from the case (a command may leave it
 * out), for a counterpart from the caseworker. Events always carry it.
 */
public record DealParty(SuccessionCaseId caseId, @PersonalData String name, Boolean inPrefecture) {
}
