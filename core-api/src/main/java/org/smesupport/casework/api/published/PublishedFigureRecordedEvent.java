package org.smesupport.casework.api.published;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * A published figure was recorded as printed; {@code previousValue} is the one it replaced ({@code null} for the
 * first). Who recorded it, and from which file and row, is in the metadata.
 */
@Revision("1")
public record PublishedFigureRecordedEvent(String bookId, String report, String table, String line, int fiscalYear,
                                           BigDecimal value, BigDecimal previousValue) {
}
