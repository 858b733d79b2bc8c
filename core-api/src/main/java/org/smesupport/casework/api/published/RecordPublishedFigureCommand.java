package org.smesupport.casework.api.published;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records one figure of an annual report the centre published before it kept its records here (administrators,
 * through the import): the figure of {@code line} in {@code table} of the programme's {@code report} for
 * {@code fiscalYear}, exactly as printed ({@code value}: a count, 千円 for money, one decimal for a half-count or a
 * rate). Where the file came from is in the metadata.
 */
public record RecordPublishedFigureCommand(@TargetAggregateIdentifier String bookId, String report, String table,
                                           String line, int fiscalYear, BigDecimal value) {

    /** The one book of published figures a centre keeps. */
    public static final String BOOK_ID = "published-figures";
}
