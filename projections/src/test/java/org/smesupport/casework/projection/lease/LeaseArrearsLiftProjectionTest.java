package org.smesupport.casework.projection.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftRequestedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftedEvent;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.LiftedArrears;
import org.smesupport.casework.api.lease.PaymentAllocation;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

/**
 * A transfer credited on the due date but recorded after the close of business had flagged the instalment:
 * the arrears arose (¥101,000) and the late entry recovered them; the approved lift takes both back in the
 * year of the approval, in the contract's roll-forward and in the year's totals alike.
 */
class LeaseArrearsLiftProjectionTest {

    private static final LeaseContractId L3 = LeaseContractId.of("L-3");
    private static final Instant AT = Instant.parse("2020-08-10T01:00:00Z");
    private static final Map<String, String> CASEWORKER = Map.of("user", "sato", "role", "CASEWORKER");
    private static final LocalDate FIRST_DUE = LocalDate.of(2020, 7, 1);
    private static final List<LiftedArrears> LIFTED = List.of(
            new LiftedArrears(1, FIRST_DUE, Yen.of(101_000), Yen.of(101_000)));

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void aLiftTakesBackTheArisingAndTheRecoveryOfItsInstalments() {
        List<TrackedEventMessage<?>> events = List.of(
                l3(new LeaseContractOpenedEvent(L3, CompanyId.of("C-3"), Industry.MANUFACTURING, SizeClass.SMALL,
                        ContractKind.LEASE, "Press", Yen.of(200_000), Yen.ZERO, Yen.of(200_000), 2,
                        PaymentFrequency.MONTHLY, 600, 0, LocalDate.of(2020, 6, 1), List.of(
                        new Instalment(1, FIRST_DUE, Yen.of(100_000), Yen.of(1_000)),
                        new Instalment(2, LocalDate.of(2020, 8, 1), Yen.of(100_000), Yen.of(500))))),
                l3(new LeaseArrearsArisenEvent(L3, LocalDate.of(2020, 7, 2),
                        List.of(new ArrearsEntry(1, FIRST_DUE, Yen.of(101_000))), 0)),
                l3(new LeasePaymentRecordedEvent(L3, "P1", FIRST_DUE, Yen.of(101_000), List.of(
                        new PaymentAllocation(1, Yen.of(1_000), Yen.of(100_000), true, false)))),
                l3(new LeaseArrearsLiftRequestedEvent(L3, "A1", LocalDate.of(2020, 7, 6), "sato", "期日入金の記帳漏れ",
                        LIFTED)));
        ProjectionHarness contracts = new ProjectionHarness(new LeaseContractProjection(mongo.database(), 100));
        ProjectionHarness statistics = new ProjectionHarness(new LeaseStatisticsProjection(mongo.database(), 100));
        contracts.deliver(events);
        statistics.deliver(events);

        Document pending = contract().getList(ContractFields.PENDING_REQUESTS, Document.class).get(0);
        assertThat(pending.getString("kind")).isEqualTo("ARREARS_LIFT");
        assertThat(pending.getList("lifted", Document.class)).singleElement()
                .satisfies(entry -> assertThat(entry.getLong("arisen")).isEqualTo(101_000L));
        assertThat(flows(contract().get(ContractFields.ROLL_FORWARD, Document.class).get("FY2020", Document.class)))
                .containsExactly(101_000L, 101_000L, 0L, 0L);

        List<TrackedEventMessage<?>> lifted = List.of(l3(new LeaseArrearsLiftedEvent(L3, "A1",
                LocalDate.of(2020, 7, 7), "suzuki", "通帳で確認", LIFTED)));
        contracts.deliver(lifted);
        statistics.deliver(lifted);

        Document contract = contract();
        assertThat(contract.getList(ContractFields.PENDING_REQUESTS, Document.class)).isEmpty();
        assertThat(ContractFields.instalment(contract, 1).getBoolean(ScheduleFields.IN_ARREARS)).isFalse();
        assertThat(contract.getLong(ContractFields.ARREARS)).isZero();
        assertThat(flows(contract.get(ContractFields.ROLL_FORWARD, Document.class).get("FY2020", Document.class)))
                .containsExactly(0L, 0L, 0L, 0L);
        Document year = mongo.database().getCollection(LeaseStatisticsProjection.COLLECTION)
                .find(new Document("_id", "leases:" + FiscalYear.of(2020))).first();
        assertThat(flows(year.get("receivables", Document.class))).containsExactly(0L, 0L, 0L, 0L);
    }

    private TrackedEventMessage<?> l3(Object event) {
        return log.append(L3.value(), event, AT, CASEWORKER);
    }

    private Document contract() {
        return mongo.database().getCollection(LeaseContractProjection.COLLECTION)
                .find(new Document("_id", L3.value())).first();
    }

    private static List<Long> flows(Document flows) {
        return List.of(flows.getLong("arising"), flows.getLong("recovered"), flows.getLong("writtenOff"),
                flows.getLong("recoveredAfterWriteOff"));
    }
}
