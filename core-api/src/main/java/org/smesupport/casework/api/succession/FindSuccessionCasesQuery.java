package org.smesupport.casework.api.succession;

/** A page of succession cases, newest opening first; {@code side} is optional ({@code null}). */
public record FindSuccessionCasesQuery(SuccessionSide side, String companyId, int page, int size) {
}
