package org.smesupport.casework.query.history;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * How the detail view of one type of aggregate is rebuilt from its own events, for its state as of a version or a
 * date ({@link AggregateStates}): the projection that builds the live view, made to write into a database of its
 * own, and the view read from that database by the same code that answers the live detail query. A programme
 * declares one Spring bean per aggregate type it owns.
 *
 * @param <V> the detail view's type
 */
public abstract class AggregateHistory<V> {

    private final String aggregateType;
    private final BiFunction<MongoDatabase, Integer, Object> projection;

    /**
     * @param aggregateType the aggregate's type as the event store records it (its class's simple name)
     * @param projection the live view's projection on a database, given the read models' cache size
     */
    protected AggregateHistory(String aggregateType, BiFunction<MongoDatabase, Integer, Object> projection) {
        this.aggregateType = aggregateType;
        this.projection = projection;
    }

    public final String aggregateType() {
        return aggregateType;
    }

    final Object projection(MongoDatabase readModels, int cacheSize) {
        return projection.apply(readModels, cacheSize);
    }

    /**
     * The aggregate's view in {@code readModels} ({@code null} if it has none), as the live detail query answers
     * it; a view that ages (a lease's arrears) ages to {@code on}.
     */
    protected abstract V view(MongoDatabase readModels, String aggregateId, LocalDate on);

    /**
     * Events of other streams the view takes in (a succession case shows the deal that concluded it), all of them;
     * {@link AggregateStates} keeps those recorded by the moment asked for. None by default.
     */
    protected List<DomainEventMessage<?>> related(String aggregateId) {
        return List.of();
    }
}
