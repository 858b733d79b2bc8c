package org.smesupport.casework.app.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.smesupport.casework.command.lease.RandomLeaseHistory;
import org.smesupport.casework.command.lease.RandomLeaseHistory.Step;
import org.smesupport.casework.command.lease.RandomLeaseHistory.Terms;
import org.smesupport.casework.command.lease.RandomLeaseHistoryProperties;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.ProjectionHarness;
import org.smesupport.casework.projection.lease.ContractFields;
import org.smesupport.casework.projection.lease.LeaseContractProjection;
import org.smesupport.casework.projection.lease.ReceivableFlows;
import org.smesupport.casework.projection.lease.ScheduleFields;

/**
 * The lease read model against the aggregate: random histories of one contract ({@link RandomLeaseHistory},
 * the aggregate's own property test's) are delivered to the {@code lease_contracts} projection as a
 * tracking processor would, the new events after every command; then the contract's document must say
 * exactly what the aggregate holds. Per instalment: its schedule, what was paid, subsidised, written off,
 * recovered after a write-off, waived, what is still unpaid and how much of it is principal, and whether
 * it is in arrears; for the contract: its status, its arrears and the closing balance of its roll-forward.
 * The projection applies what the events say and repeats no command-side rule, so a difference means an
 * event left out a decision, or the projection guessed one. This runs here, in the application module,
 * because it is the one module that sees both sides.
 */
class LeaseReadModelPropertyTest extends RandomLeaseHistoryProperties {

    @Property(tries = 150)
    void theReadModelSaysWhatTheAggregateHoldsAfterEveryCommand(@ForAll("terms") Terms terms,
            @ForAll("steps") List<Step> steps) {
        try (EmbeddedMongo mongo = new EmbeddedMongo()) {
            ProjectionHarness projection = new ProjectionHarness(new LeaseContractProjection(mongo.database(), 100));
            RandomLeaseHistory history = new RandomLeaseHistory(axon, terms);
            int[] delivered = {0};
            history.run(steps, () -> {
                List<DomainEventMessage<?>> events = history.eventMessages();
                if (events.size() > delivered[0]) {
                    projection.deliver(events.subList(delivered[0], events.size()));
                    delivered[0] = events.size();
                }
                compare(history, mongo.database().getCollection(LeaseContractProjection.COLLECTION)
                        .find(new Document("_id", history.id().value())).first());
            });
        }
    }

    private static void compare(RandomLeaseHistory history, Document contract) {
        RandomLeaseHistory.ContractState state = history.state();
        List<RandomLeaseHistory.InstalmentState> accounts = state.instalments();
        List<Document> schedule = ContractFields.schedule(contract).stream()
                .sorted(Comparator.comparingInt(instalment -> instalment.getInteger(ScheduleFields.NUMBER))).toList();
        assertThat(schedule).extracting(instalment -> instalment.getInteger(ScheduleFields.NUMBER))
                .as("instalment numbers").containsExactlyElementsOf(accounts.stream()
                        .map(RandomLeaseHistory.InstalmentState::number).toList());
        for (int i = 0; i < accounts.size(); i++) {
            RandomLeaseHistory.InstalmentState account = accounts.get(i);
            Document instalment = schedule.get(i);
            String which = "instalment " + account.number() + " after " + history.events().size() + " events";
            assertThat(instalment.getString(ScheduleFields.DUE_DATE)).as(which).isEqualTo(account.dueDate().toString());
            assertThat(List.of(instalment.getLong(ScheduleFields.PRINCIPAL), instalment.getLong(ScheduleFields.INTEREST),
                    ScheduleFields.paid(instalment), instalment.getLong(ScheduleFields.SUBSIDISED_INTEREST),
                    instalment.getLong(ScheduleFields.WRITTEN_OFF),
                    instalment.getLong(ScheduleFields.RECOVERED_AFTER_WRITE_OFF),
                    instalment.getLong(ScheduleFields.WAIVED), ScheduleFields.unpaid(instalment),
                    ScheduleFields.unpaidPrincipal(instalment)))
                    .as(which + ": principal, interest, paid, subsidised, written off, recovered after write-off,"
                            + " waived, unpaid, unpaid principal")
                    .containsExactly(account.principal(), account.interest(), account.paid(), account.subsidised(),
                            account.writtenOff(), account.recovered(), account.waived(), account.unpaid(),
                            account.unpaidPrincipal());
            assertThat(instalment.getBoolean(ScheduleFields.IN_ARREARS)).as(which + " in arrears")
                    .isEqualTo(account.inArrears());
        }
        assertThat(contract.getString(ContractFields.STATUS)).isEqualTo(state.status().name());
        assertThat(contract.getLong(ContractFields.ARREARS)).as("arrears").isEqualTo(state.arrears());
        assertThat(closing(contract.get(ContractFields.ROLL_FORWARD, Document.class)))
                .as("roll-forward: arising − recovered − written off over the years").isEqualTo(state.arrears());
    }

    private static long closing(Document years) {
        long closing = 0;
        for (String year : years.keySet()) {
            Document flows = years.get(year, Document.class);
            closing += flows.getLong(ReceivableFlows.ARISING) - flows.getLong(ReceivableFlows.RECOVERED)
                    - flows.getLong(ReceivableFlows.WRITTEN_OFF);
        }
        return closing;
    }
}
