package org.smesupport.casework.api.common;

/** The centre's business date and the close of business behind it, answered as {@link BusinessDate}. */
public record FindBusinessDateQuery() {
}
