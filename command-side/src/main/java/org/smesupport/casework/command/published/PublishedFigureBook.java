package org.smesupport.casework.command.published;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.published.PublishedFigureRecordedEvent;
import org.smesupport.casework.api.published.RecordPublishedFigureCommand;

/**
 * The figures the centre published in its annual reports before it kept its records here, as printed, so that
 * the five-year columns of the first years can be filled ({@link RecordPublishedFigureCommand#BOOK_ID}, created by
 * its first figure). A figure recorded again with the value it has changes nothing, so importing the same file
 * twice stores nothing twice; a different value replaces it and the event keeps the value it replaced.
 */
@Aggregate(cache = "aggregateCache")
class PublishedFigureBook {

    /** The largest figure the report prints has 9 digits of 千円; 15 digits leave room and stop nonsense. */
    private static final int MAX_DIGITS = 15;

    @AggregateIdentifier
    private String bookId;
    private final Map<Key, BigDecimal> figures = new HashMap<>();

    /** Axon creates the book through this constructor, and rebuilds it from its events. */
    PublishedFigureBook() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandResult handle(RecordPublishedFigureCommand command) {
        refuseIf(!RecordPublishedFigureCommand.BOOK_ID.equals(command.bookId()), "bookId", "published.book.unknown",
                command.bookId());
        refuseIf(isBlank(command.report()), "report", "published.report.blank");
        refuseIf(isBlank(command.table()), "table", "published.table.blank");
        refuseIf(isBlank(command.line()), "line", "published.line.blank");
        refuseIf(command.value() == null, "value", "published.value.required");
        refuseIf(command.value().scale() > 1 || command.value().precision() - command.value().scale() > MAX_DIGITS,
                "value", "published.value.shape", command.value().toPlainString());
        Key key = new Key(command.report(), command.table(), command.line(), command.fiscalYear());
        BigDecimal previous = figures.get(key);
        if (previous == null || previous.compareTo(command.value()) != 0) {
            apply(new PublishedFigureRecordedEvent(command.bookId(), command.report(), command.table(), command.line(),
                    command.fiscalYear(), command.value(), previous));
        }
        return new CommandResult(command.bookId(), AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(PublishedFigureRecordedEvent event) {
        bookId = event.bookId();
        figures.put(new Key(event.report(), event.table(), event.line(), event.fiscalYear()), event.value());
    }

    private record Key(String report, String table, String line, int fiscalYear) {
    }
}
