package org.smesupport.casework.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.client.model.IndexOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A handler that throws after changing a document in the batch: the event is parked only once the batch
 * holds none of its change. Runs the projection through Axon's dead-lettering invoker and the batch
 * flusher the way a tracking processor does.
 */
class DeadLetteringBatchTest {

    private static final Instant AT = Instant.parse("2021-01-05T00:00:00Z");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final CounterProjection projection = new CounterProjection(new ReadModelStore(
            mongo.database().getCollection("counters"), 100));
    private final EventIsolation isolation = new EventIsolation();
    private final ReadModelBatchFlusher flusher = new ReadModelBatchFlusher(isolation);
    private final InMemorySequencedDeadLetterQueue<EventMessage<?>> queue = InMemorySequencedDeadLetterQueue.defaultQueue();
    private final DeadLetteringEventHandlerInvoker invoker = DeadLetteringEventHandlerInvoker.builder()
            .eventHandlers(projection)
            .queue(queue)
            .transactionManager(NoTransactionManager.instance())
            // the application's policy, reduced to the isolation rule (ProjectionDeadLetterPolicy)
            .enqueuePolicy((letter, cause) -> {
                if (!isolation.failedCleanly(letter.message())) {
                    throw new IllegalStateException("retry the batch", cause);
                }
                return Decisions.enqueue(cause);
            })
            .build();
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void anEventFailingAfterItsChangeFailsTheBatchOnceThenIsParkedWithoutItsChange() {
        List<EventMessage<?>> batch = List.of(
                log.append("a", new Add(1, false), AT),
                log.append("b", new Add(100, true), AT),
                log.append("c", new Add(1, false), AT));

        assertThat(deliver(batch).isExceptional()).isTrue();
        assertThat(counter()).isNull();
        assertThat(queue.size()).isZero();

        assertThat(deliver(batch).isExceptional()).isFalse();
        assertThat(counter().getInteger("total")).isEqualTo(2);
        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.contains("b")).isTrue();
    }

    @Test
    void anIsolatedEventThatSucceedsOnRedeliveryJoinsTheBatch() {
        projection.failuresLeft.set(1);
        List<EventMessage<?>> batch = List.of(
                log.append("a", new Add(1, false), AT),
                log.append("b", new Add(100, true), AT),
                log.append("c", new Add(1, false), AT));

        assertThat(deliver(batch).isExceptional()).isTrue();
        assertThat(deliver(batch).isExceptional()).isFalse();

        assertThat(counter().getInteger("total")).isEqualTo(102);
        assertThat(queue.size()).isZero();
    }

    @Test
    void anEventFailingBeforeTouchingAReadModelIsParkedAtOnce() {
        List<EventMessage<?>> batch = List.of(
                log.append("a", new Add(1, false), AT),
                log.append("b", new Add(-1, false), AT),
                log.append("c", new Add(1, false), AT));

        assertThat(deliver(batch).isExceptional()).isFalse();

        assertThat(counter().getInteger("total")).isEqualTo(2);
        assertThat(queue.contains("b")).isTrue();
    }

    @Test
    void aRetryAfterTheCauseIsGoneAppliesTheParkedEventAndEmptiesTheQueue() {
        projection.failuresLeft.set(2);
        List<EventMessage<?>> batch = List.of(
                log.append("a", new Add(1, false), AT),
                log.append("b", new Add(100, true), AT),
                log.append("c", new Add(1, false), AT));
        deliver(batch);
        deliver(batch);
        assertThat(queue.contains("b")).isTrue();
        assertThat(counter().getInteger("total")).isEqualTo(2);

        assertThat(invoker.processAny()).isTrue();

        assertThat(queue.size()).isZero();
        assertThat(counter().getInteger("total")).isEqualTo(102);
    }

    @Test
    void aReadModelWriteThatFailsFailsTheBatchAndParksNothing() {
        List<EventMessage<?>> batch = List.of(
                log.append("a", new Add(1, false), AT),
                log.append("b", new Add(1, false), AT));
        // the batch's write of total 2 will break a unique index: a write the store refuses
        mongo.database().getCollection("counters").createIndex(new Document("total", 1), new IndexOptions().unique(true));
        mongo.database().getCollection("counters").insertOne(new Document("_id", "other").append("total", 2));

        ResultMessage<?> result = deliver(batch);

        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).isInstanceOf(MongoException.class);
        assertThat(queue.size()).isZero();
    }

    private ResultMessage<?> deliver(List<EventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        return unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(flusher),
                event -> {
                    invoker.handle(event, Segment.ROOT_SEGMENT);
                    return null;
                }).proceed());
    }

    private Document counter() {
        return mongo.database().getCollection("counters").find(new Document("_id", "total")).first();
    }

    /** Adds to one total; a negative amount is refused before anything is read. */
    record Add(int amount, boolean failAfterChange) {
    }

    static final class CounterProjection {
        private final ReadModelStore counters;
        final AtomicInteger failuresLeft = new AtomicInteger(Integer.MAX_VALUE);

        CounterProjection(ReadModelStore counters) {
            this.counters = counters;
        }

        @EventHandler
        void on(Add event) {
            if (event.amount() < 0) {
                throw new IllegalArgumentException("amount must not be negative");
            }
            Document total = counters.find("total");
            if (total == null) {
                total = new Document("_id", "total").append("total", 0);
            }
            total.put("total", total.getInteger("total") + event.amount());
            counters.save(total);
            if (event.failAfterChange() && failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("failed after changing the total");
            }
        }
    }
}
