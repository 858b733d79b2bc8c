package org.smesupport.casework.api.succession;

/** A page of succession cases, newest opening first; {@code side} is optional ({@code null}). */
public record FindSuccessionCasesQuery(SuccessionSide side, int page, int size) {
}
