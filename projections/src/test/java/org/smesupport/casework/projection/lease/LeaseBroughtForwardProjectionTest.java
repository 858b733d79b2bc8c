package org.smesupport.casework.projection.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.CutOverInstalment;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractBroughtForwardEvent;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.PaymentAllocation;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

/**
 * A lease made in FY2019 brought forward at 2020-04-01 with three monthly instalments of 100,000: the first
 * written off (30,000 of it) and otherwise paid, the second paid, the third in arrears (100,000); then a payment of
 * 100,000 in FY2020 recovers those arrears.
 */
class LeaseBroughtForwardProjectionTest {

    private static final LeaseContractId CONTRACT = LeaseContractId.of("L-BF");
    private static final Instant AT = Instant.parse("2020-04-01T00:00:00Z");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final List<TrackedEventMessage<?>> events = events();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    private static List<TrackedEventMessage<?>> events() {
        EventLog log = new EventLog();
        List<Instalment> schedule = List.of(
                new Instalment(1, LocalDate.of(2020, 1, 10), Yen.of(100_000), Yen.ZERO),
                new Instalment(2, LocalDate.of(2020, 2, 10), Yen.of(100_000), Yen.ZERO),
                new Instalment(3, LocalDate.of(2020, 3, 10), Yen.of(100_000), Yen.ZERO),
                new Instalment(4, LocalDate.of(2020, 4, 10), Yen.of(100_000), Yen.ZERO));
        LeaseContractBroughtForwardEvent broughtForward = new LeaseContractBroughtForwardEvent(CONTRACT,
                CompanyId.of("C-BF"), Industry.RETAIL, SizeClass.SMALL, ContractKind.LEASE, "冷蔵ケース",
                Yen.of(400_000), Yen.ZERO, Yen.of(400_000), 4, PaymentFrequency.MONTHLY, 0, 0,
                LocalDate.of(2019, 12, 10), schedule, LocalDate.of(2020, 4, 1), List.of(
                        position(1, 70_000, 30_000, 0), position(2, 100_000, 0, 0), position(3, 0, 0, 100_000)));
        LeasePaymentRecordedEvent paid = new LeasePaymentRecordedEvent(CONTRACT, "pay-1", LocalDate.of(2020, 5, 1),
                Yen.of(100_000), List.of(new PaymentAllocation(3, Yen.ZERO, Yen.of(100_000), true, false)));
        return List.of(log.append(CONTRACT.value(), broughtForward, AT), log.append(CONTRACT.value(), paid, AT));
    }

    private static CutOverInstalment position(int number, long paid, long writtenOff, long arrears) {
        return new CutOverInstalment(number, LocalDate.of(2020, number, 10), Yen.ZERO, Yen.of(paid), Yen.ZERO,
                Yen.of(writtenOff), Yen.ZERO, Yen.of(arrears));
    }

    @Test
    void theArrearsOpenTheCutOverYearWithoutArisingOrCountingANewContract() {
        new ProjectionHarness(new LeaseStatisticsProjection(mongo.database(), 100)).deliver(events);

        List<Document> years = mongo.database().getCollection(LeaseStatisticsProjection.COLLECTION).find()
                .into(new ArrayList<>());
        assertThat(years).extracting(year -> year.getString("_id")).containsExactly("leases:FY2020");
        Document fy2020 = years.get(0);
        Document receivables = fy2020.get("receivables", Document.class);
        assertThat(receivables.getLong(ReceivableFlows.BROUGHT_FORWARD)).isEqualTo(100_000L);
        assertThat(receivables.getLong(ReceivableFlows.ARISING)).isZero();
        assertThat(receivables.getLong(ReceivableFlows.RECOVERED)).isEqualTo(100_000L);
        assertThat(receivables.getLong(ReceivableFlows.WRITTEN_OFF)).isZero();
        assertThat(fy2020.get("contractsByIndustry", Document.class).getLong("RETAIL")).isZero();
        assertThat(fy2020.getList("companies", String.class)).isEmpty();
    }

    @Test
    void theContractShowsWhatWasPaidWrittenOffAndInArrearsAtTheCutOver() {
        new ProjectionHarness(new LeaseContractProjection(mongo.database(), 100)).deliver(events.subList(0, 1));

        Document contract = mongo.database().getCollection(LeaseContractProjection.COLLECTION)
                .find(new Document("_id", CONTRACT.value())).first();
        assertThat(contract.getLong(ContractFields.ARREARS)).isEqualTo(100_000L);
        assertThat(contract.getLong(ContractFields.WRITTEN_OFF_BALANCE)).isEqualTo(30_000L);
        assertThat(contract.getLong(ContractFields.OUTSTANDING_PRINCIPAL)).isEqualTo(200_000L);
        assertThat(contract.getString(ContractFields.NEXT_UNFLAGGED_DUE_DATE)).isEqualTo("2020-04-10");
        assertThat(contract.get(ContractFields.ROLL_FORWARD, Document.class).get("FY2020", Document.class)
                .getLong(ReceivableFlows.BROUGHT_FORWARD)).isEqualTo(100_000L);
    }
}
