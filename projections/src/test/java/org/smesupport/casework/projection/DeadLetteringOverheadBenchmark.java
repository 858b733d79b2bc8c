package org.smesupport.casework.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What dead lettering costs a replay, measured in process (the machine's other load affects both sides
 * alike, as they alternate): a statistics-like projection over 200,000 events in batches of 1,000, through
 * a plain invoker with the old flusher versus the dead-lettering invoker (sequence-identifier cache, empty
 * queue, as after a replay's reset) with the isolation-aware flusher. Run with
 * {@code ./mvnw -B -ntp -pl projections -am verify -Dtest=DeadLetteringOverheadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DeadLetteringOverheadBenchmark {

    private static final int EVENTS = 200_000;
    private static final int BATCH = 1_000;

    @Test
    void measure() {
        List<List<EventMessage<?>>> batches = batches();
        try (EmbeddedMongo mongo = new EmbeddedMongo()) {
            for (int round = 0; round < 8; round++) {
                report(round, "before: plain invoker, old flusher", run(batches, mongo, false, false));
                report(round, "plain invoker, event scopes", run(batches, mongo, false, true));
                report(round, "after: dead lettering, event scopes", run(batches, mongo, true, true));
            }
        }
    }

    private static long run(List<List<EventMessage<?>>> batches, EmbeddedMongo mongo, boolean deadLettering,
                            boolean scopes) {
        mongo.database().getCollection("bench").deleteMany(new Document());
        YearCounter projection = new YearCounter(new ReadModelStore(mongo.database().getCollection("bench"), 20_000));
        EventIsolation isolation = new EventIsolation();
        EventHandlerInvoker invoker = deadLettering
                ? DeadLetteringEventHandlerInvoker.builder().eventHandlers(projection)
                        .queue(InMemorySequencedDeadLetterQueue.defaultQueue())
                        .transactionManager(NoTransactionManager.instance())
                        .enableSequenceIdentifierCache()
                        .build()
                : SimpleEventHandlerInvoker.builder().eventHandlers(projection).build();
        MessageHandlerInterceptor<EventMessage<?>> flusher = scopes
                ? new ReadModelBatchFlusher(isolation) : YearCounter::flushOnly;
        long started = System.nanoTime();
        for (List<EventMessage<?>> batch : batches) {
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
            unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(flusher), event -> {
                invoker.handle(event, Segment.ROOT_SEGMENT);
                return null;
            }).proceed());
        }
        return System.nanoTime() - started;
    }

    private static void report(int round, String what, long nanos) {
        System.out.printf("BENCH | round %d | %s | %,d events/s%n", round, what, EVENTS * 1_000_000_000L / nanos);
    }

    private static List<List<EventMessage<?>>> batches() {
        EventLog log = new EventLog();
        Instant at = Instant.parse("2021-01-05T00:00:00Z");
        List<List<EventMessage<?>>> batches = new ArrayList<>();
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            batch.add(log.append("case-" + (i % 5_000), new Held(LocalDate.of(2016, 4, 1).plusDays(i % 1_800)), at));
            if (batch.size() == BATCH) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
        }
        return batches;
    }

    record Held(LocalDate on) {
    }

    /** Counts events per fiscal year, idempotent by global position, like the statistics projections. */
    static final class YearCounter {
        private final ReadModelStore years;

        YearCounter(ReadModelStore years) {
            this.years = years;
        }

        @EventHandler
        void on(Held event, TrackingToken token) {
            GlobalPosition position = GlobalPosition.of(token);
            int startYear = event.on().getMonthValue() >= 4 ? event.on().getYear() : event.on().getYear() - 1;
            String id = "FY" + startYear;
            Document year = years.find(id);
            GlobalPosition applied = GlobalPosition.readFrom(year);
            if (applied != null && applied.covers(position)) {
                return;
            }
            if (year == null) {
                year = new Document("_id", id).append("count", 0L);
            }
            year.put("count", year.getLong("count") + 1);
            position.writeTo(year);
            years.save(year);
        }

        /** The flusher as it was before dead letters: no event scopes. */
        static Object flushOnly(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
            Object result = chain.proceed();
            if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
                ReadModelStore.flushAll(unitOfWork);
            }
            return result;
        }
    }
}
