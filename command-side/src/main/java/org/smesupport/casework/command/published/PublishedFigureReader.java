package org.smesupport.casework.command.published;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.published.FindPublishedFiguresQuery;
import org.smesupport.casework.api.published.PublishedFigure;
import org.smesupport.casework.api.published.PublishedFigureRecordedEvent;
import org.smesupport.casework.api.published.PublishedFigures;
import org.smesupport.casework.api.published.RecordPublishedFigureCommand;
import org.smesupport.casework.command.common.StreamFollower;
import org.springframework.stereotype.Service;

/**
 * The published figures in force, read from the book's events in the event store (only those stored since the
 * last call), as the mid-term plan's targets are: a centre has a few hundred such figures, so a read model would
 * add a processing group and its lag for nothing, and a report shows an imported figure at once.
 */
@Service
class PublishedFigureReader {

    private final StreamFollower follower;
    private final Map<String, PublishedFigure> figures = new LinkedHashMap<>();

    PublishedFigureReader(EventStore eventStore) {
        this.follower = new StreamFollower(eventStore, RecordPublishedFigureCommand.BOOK_ID);
    }

    @QueryHandler
    synchronized PublishedFigures handle(FindPublishedFiguresQuery query) {
        follower.catchUp(this::read);
        List<PublishedFigure> ofReport = new ArrayList<>(figures.values().stream()
                .filter(figure -> figure.report().equals(query.report()))
                .toList());
        ofReport.sort(Comparator.comparing(PublishedFigure::lineKey).thenComparing(PublishedFigure::fiscalYear));
        return PublishedFigures.of(query.report(), ofReport);
    }

    private void read(DomainEventMessage<?> event) {
        if (event.getPayload() instanceof PublishedFigureRecordedEvent recorded) {
            PublishedFigure figure = new PublishedFigure(recorded.report(), recorded.table(), recorded.line(),
                    recorded.fiscalYear(), recorded.value());
            figures.put(figure.report() + "/" + figure.lineKey() + "/" + figure.fiscalYear(), figure);
        }
    }
}
