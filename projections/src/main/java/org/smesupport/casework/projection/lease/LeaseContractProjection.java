package org.smesupport.casework.projection.lease;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.InterestSubsidyGrantedEvent;
import org.smesupport.casework.api.lease.InterestSubsidyRejectedEvent;
import org.smesupport.casework.api.lease.InterestSubsidyRequestedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftRejectedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftRequestedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftedEvent;
import org.smesupport.casework.api.lease.LeaseContractBroughtForwardEvent;
import org.smesupport.casework.api.lease.LeaseContractCompletedEvent;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.smesupport.casework.api.lease.LeaseContractReopenedEvent;
import org.smesupport.casework.api.lease.LeaseContractSettledEarlyEvent;
import org.smesupport.casework.api.lease.LeaseContractStatus;
import org.smesupport.casework.api.lease.LeaseContractTerms;
import org.smesupport.casework.api.lease.LeaseDeferralApprovedEvent;
import org.smesupport.casework.api.lease.LeaseDeferralRejectedEvent;
import org.smesupport.casework.api.lease.LeaseDeferralRequestedEvent;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.LeasePaymentReversedEvent;
import org.smesupport.casework.api.lease.LeaseRequestClosedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffApprovedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffRejectedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffRequestedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffReversedEvent;
import org.smesupport.casework.api.lease.LiftedArrears;
import org.smesupport.casework.api.lease.PaymentAllocation;
import org.smesupport.casework.api.lease.SubsidisedInterest;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;
import org.smesupport.casework.api.reference.ReferenceKind;
import org.smesupport.casework.projection.AggregateSequence;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.smesupport.casework.projection.RecordReference;
import org.smesupport.casework.projection.TimelinePages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code lease_contracts} read model: one document per contract with its terms, its schedule with what
 * paid each instalment, the balances derived from it ({@link ContractFields}), the requests awaiting a
 * supervisor, the contract's own receivables roll-forward per fiscal year ({@link ReceivableFlows}) and the
 * open page of its {@link TimelinePages}.
 * <p>
 * The contract keeps the sequence of the last event applied ({@code version}) and every handler skips what
 * is at or below it. Full timeline pages are written before contracts in every batch, which makes a failure
 * between the two writes harmless for the reason the consultation case projection gives: a redelivery
 * re-derives the same pages from the entries still on the old contract and replaces them by {@code _id},
 * while the reverse order could lose a page whose events the redelivery would skip.
 * <p>
 * Nothing here depends on the date it runs: states that change with time alone (overdue, days past due) are
 * derived at query time against a date the reader gives.
 * <p>
 * The class is long because the contract has some twenty events, each with a short handler and its timeline
 * step; the arithmetic on instalments lives in {@link ScheduleFields} and {@link ContractFields}.
 */
@Component
@ProcessingGroup(LeaseContractProjection.PROCESSING_GROUP)
public class LeaseContractProjection {

    public static final String PROCESSING_GROUP = "lease-contracts";
    public static final String COLLECTION = "lease_contracts";
    public static final String TIMELINE_COLLECTION = "lease_contract_timeline";

    private final ReadModelStore contracts;
    private final TimelinePages timeline;

    public LeaseContractProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        MongoCollection<Document> collection = readModels.getCollection(COLLECTION);
        declareIndexes(collection);
        this.contracts = new ReadModelStore(collection, cacheSize);
        this.timeline = new TimelinePages(readModels, TIMELINE_COLLECTION, "contractId", cacheSize);
    }

    /**
     * What a real MongoDB needs for the list filters (newest first within each), the close-of-business
     * query and the supervisor's queue. The embedded server ignores them and scans, which suits a centre's
     * few thousand contracts.
     */
    private static void declareIndexes(MongoCollection<Document> collection) {
        collection.createIndex(Indexes.compoundIndex(
                Indexes.ascending(ContractFields.STATUS), Indexes.descending(ContractFields.CONTRACT_DATE)));
        collection.createIndex(Indexes.compoundIndex(
                Indexes.ascending(ContractFields.COMPANY_ID), Indexes.descending(ContractFields.CONTRACT_DATE)));
        collection.createIndex(Indexes.compoundIndex(
                Indexes.ascending(ContractFields.INDUSTRY), Indexes.descending(ContractFields.CONTRACT_DATE)));
        collection.createIndex(Indexes.descending(ContractFields.CONTRACT_DATE));
        collection.createIndex(Indexes.ascending(ContractFields.NEXT_UNFLAGGED_DUE_DATE));
        collection.createIndex(Indexes.ascending(ContractFields.PENDING_APPROVALS));
        collection.createIndex(Indexes.ascending(RecordReference.FIELD));
    }

    @EventHandler
    void on(LeaseContractOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = begin(event, sequence);
        if (contract == null) {
            return;
        }
        timeline.record(contract, sequence, "OPENED", event.contractDate(), at, metaData,
                "Opened: " + event.kind().label() + " of " + event.equipment() + " for " + event.amount()
                        + ", " + event.schedule().size() + " instalments", terms(event));
        advance(contract, sequence);
    }

    /** The instalments due before the cut-over as the earlier books left them; its arrears open the cut-over year. */
    @EventHandler
    void on(LeaseContractBroughtForwardEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData metaData) {
        Document contract = begin(event, sequence);
        if (contract == null) {
            return;
        }
        event.dueBeforeCutOver().forEach(position ->
                ScheduleFields.bringForward(ContractFields.instalment(contract, position.instalmentNumber()), position));
        ReceivableFlows flows = ReceivableFlows.of(event);
        rollForward(contract, flows);
        long writtenOff = event.dueBeforeCutOver().stream().mapToLong(position -> position.writtenOff().value()).sum();
        timeline.record(contract, sequence, "BROUGHT_FORWARD", event.cutOver(), at, metaData,
                "Brought forward at the cut-over " + event.cutOver() + ": " + event.kind().label() + " of "
                        + event.equipment() + " for " + event.amount() + " made on " + event.contractDate() + ", "
                        + event.schedule().size() + " instalments, arrears ¥" + flows.broughtForward()
                        + ", written off ¥" + writtenOff,
                terms(event).append("cutOver", ReadModelDates.format(event.cutOver()))
                        .append("arrears", flows.broughtForward())
                        .append("writtenOff", writtenOff));
        advance(contract, sequence);
    }

    /** The contract's document as its first event makes it; {@code null} when that event was applied already. */
    private Document begin(LeaseContractTerms event, long sequence) {
        String id = event.contractId().value();
        if (AggregateSequence.alreadyApplied(timeline.findOwner(contracts, id), sequence)) {
            return null;
        }
        List<Document> schedule = new ArrayList<>();
        event.schedule().forEach(instalment -> schedule.add(ScheduleFields.of(instalment)));
        return new Document("_id", id)
                .append(ContractFields.COMPANY_ID, event.companyId().value())
                .append(ContractFields.INDUSTRY, event.industry() == null ? null : event.industry().name())
                .append(ContractFields.SIZE_CLASS, event.sizeClass() == null ? null : event.sizeClass().name())
                .append(ContractFields.KIND, event.kind().name())
                .append(ContractFields.EQUIPMENT, event.equipment())
                .append(ContractFields.AMOUNT, event.amount().value())
                .append(ContractFields.DOWN_PAYMENT, event.downPayment().value())
                .append(ContractFields.FINANCED_PRINCIPAL, event.financedPrincipal().value())
                .append(ContractFields.TERM_MONTHS, event.termMonths())
                .append(ContractFields.FREQUENCY, event.frequency().name())
                .append(ContractFields.ANNUAL_RATE_BASIS_POINTS, event.annualRateBasisPoints())
                .append(ContractFields.INTEREST_FREE_MONTHS, event.interestFreeMonths())
                .append(ContractFields.CONTRACT_DATE, ReadModelDates.format(event.contractDate()))
                .append(ContractFields.STATUS, LeaseContractStatus.ACTIVE.name())
                .append(ContractFields.CLOSED_ON, null)
                .append(ContractFields.INTEREST_WAIVED, 0L)
                .append(ContractFields.SCHEDULE, schedule)
                .append(ContractFields.PENDING_REQUESTS, new ArrayList<Document>())
                .append(ContractFields.ROLL_FORWARD, new Document())
                .append(TimelinePages.OPEN_PAGE, TimelinePages.firstOpenPage());
    }

    private static Document terms(LeaseContractTerms event) {
        return new Document("companyId", event.companyId().value())
                .append("kind", event.kind().name())
                .append("amount", event.amount().value())
                .append("downPayment", event.downPayment().value())
                .append("financedPrincipal", event.financedPrincipal().value())
                .append("instalments", event.schedule().size());
    }

    @EventHandler
    void on(LeasePaymentRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        allocate(contract, event.allocations(), 1);
        rollForward(contract, ReceivableFlows.of(event));
        timeline.record(contract, sequence, "PAYMENT_RECORDED", event.receivedOn(), at, metaData,
                "Payment " + event.paymentId() + " of " + event.amount() + " received",
                new Document("paymentId", event.paymentId())
                        .append("amount", event.amount().value())
                        .append("allocations", allocations(event.allocations())));
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeasePaymentReversedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        allocate(contract, event.allocations(), -1);
        event.arrearsReinstated().forEach(entry ->
                ContractFields.instalment(contract, entry.instalmentNumber()).put(ScheduleFields.IN_ARREARS, true));
        rollForward(contract, ReceivableFlows.of(event));
        timeline.record(contract, sequence, "PAYMENT_REVERSED", event.reversedOn(), at, metaData,
                "Payment " + event.paymentId() + " reversed: " + event.reason(),
                new Document("paymentId", event.paymentId())
                        .append("reason", event.reason())
                        .append("allocations", allocations(event.allocations()))
                        .append("arrearsReinstated", entries(event.arrearsReinstated())));
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeaseArrearsArisenEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        event.entries().forEach(entry ->
                ContractFields.instalment(contract, entry.instalmentNumber()).put(ScheduleFields.IN_ARREARS, true));
        ReceivableFlows flows = ReceivableFlows.of(event);
        rollForward(contract, flows);
        timeline.record(contract, sequence, "ARREARS_ARISEN", event.businessDate(), at, metaData,
                event.entries().size() + " instalment(s) fell into arrears: ¥" + flows.arising(),
                new Document("entries", entries(event.entries())).append("graceDays", event.graceDays()));
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeaseArrearsLiftRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        // the queue shows the checker exactly what an approval would take back
        pending(contract).add(request(event.requestId(), ApprovalKind.ARREARS_LIFT, event.requestedOn(),
                event.requestedBy(), event.reason(), null).append("lifted", lifted(event.entries())));
        timeline.record(contract, sequence, "ARREARS_LIFT_REQUESTED", event.requestedOn(), at, metaData,
                "Lift of the arrears of instalment(s) " + numbers(event.entries()) + " requested by "
                        + event.requestedBy() + ": " + event.reason(),
                new Document("requestId", event.requestId()).append("requestedBy", event.requestedBy())
                        .append("lifted", lifted(event.entries())));
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeaseArrearsLiftedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        resolve(contract, event.requestId());
        event.entries().forEach(entry ->
                ContractFields.instalment(contract, entry.instalmentNumber()).put(ScheduleFields.IN_ARREARS, false));
        rollForward(contract, ReceivableFlows.of(event));
        timeline.record(contract, sequence, "ARREARS_LIFTED", event.decidedOn(), at, metaData,
                "Arrears of instalment(s) " + numbers(event.entries()) + " lifted by " + event.decidedBy(),
                decision(event.requestId(), event.decidedBy(), event.comment()).append("lifted", lifted(event.entries())));
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeaseArrearsLiftRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        resolve(contract, event.requestId());
        timeline.record(contract, sequence, "ARREARS_LIFT_REJECTED", event.decidedOn(), at, metaData,
                "Arrears lift " + event.requestId() + " rejected by " + event.decidedBy() + ": " + event.reason(),
                decision(event.requestId(), event.decidedBy(), event.reason()));
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeaseDeferralRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        pending(contract).add(request(event.requestId(), ApprovalKind.DEFERRAL, event.requestedOn(),
                event.requestedBy(), event.reason(), null)
                .append("revisedInstalments", instalments(event.revisedInstalments())));
        timeline.record(contract, sequence, "DEFERRAL_REQUESTED", event.requestedOn(), at, metaData,
                "Deferral " + event.requestId() + " requested by " + event.requestedBy() + ": " + event.reason(),
                new Document("requestId", event.requestId())
                        .append("requestedBy", event.requestedBy())
                        .append("revisedInstalments", instalments(event.revisedInstalments())));
        advance(contract, sequence);
    }

    /**
     * The revised instalments replace every untouched instalment ({@link ScheduleFields#untouched}), the set
     * the contract recorded at the request and checks again at the approval.
     */
    @EventHandler
    void on(LeaseDeferralApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        resolve(contract, event.requestId());
        List<Document> schedule = ContractFields.schedule(contract);
        if (event.replacedInstalments() != null) {
            schedule.removeIf(instalment -> event.replacedInstalments().contains(
                    instalment.getInteger(ScheduleFields.NUMBER)));
        } else {
            // approved before the event named the instalments it replaces: the untouched ones, as the aggregate chose
            schedule.removeIf(ScheduleFields::untouched);
        }
        event.revisedInstalments().forEach(instalment -> schedule.add(ScheduleFields.of(instalment)));
        timeline.record(contract, sequence, "DEFERRAL_APPROVED", event.decidedOn(), at, metaData,
                "Deferral " + event.requestId() + " approved by " + event.decidedBy(),
                decision(event.requestId(), event.decidedBy(), event.comment())
                        .append("revisedInstalments", instalments(event.revisedInstalments())));
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeaseDeferralRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        resolve(contract, event.requestId());
        timeline.record(contract, sequence, "DEFERRAL_REJECTED", event.decidedOn(), at, metaData,
                "Deferral " + event.requestId() + " rejected by " + event.decidedBy() + ": " + event.reason(),
                decision(event.requestId(), event.decidedBy(), event.reason()));
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeaseWriteOffRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        // the queue shows the checker exactly what an approval would write off
        List<Document> entries = event.entries() == null ? List.of() : entries(event.entries());
        pending(contract).add(request(event.requestId(), ApprovalKind.WRITE_OFF, event.requestedOn(),
                event.requestedBy(), event.reason(), event.arrears().value()).append("entries", entries));
        timeline.record(contract, sequence, "WRITE_OFF_REQUESTED", event.requestedOn(), at, metaData,
                "Write-off " + event.requestId() + " of " + event.arrears() + " requested by " + event.requestedBy()
                        + ": " + event.reason(),
                new Document("requestId", event.requestId())
                        .append("requestedBy", event.requestedBy())
                        .append("arrears", event.arrears().value())
                        .append("entries", entries));
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeaseWriteOffApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        resolve(contract, event.requestId());
        event.entries().forEach(entry -> ScheduleFields.writeOff(ContractFields.instalment(contract,
                entry.instalmentNumber()), entry.amount().value()));
        ReceivableFlows flows = ReceivableFlows.of(event);
        rollForward(contract, flows);
        timeline.record(contract, sequence, "WRITE_OFF_APPROVED", event.decidedOn(), at, metaData,
                "Write-off " + event.requestId() + " of ¥" + flows.writtenOff() + " approved by " + event.decidedBy(),
                decision(event.requestId(), event.decidedBy(), event.comment())
                        .append("entries", entries(event.entries())));
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeaseWriteOffRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        resolve(contract, event.requestId());
        timeline.record(contract, sequence, "WRITE_OFF_REJECTED", event.decidedOn(), at, metaData,
                "Write-off " + event.requestId() + " rejected by " + event.decidedBy() + ": " + event.reason(),
                decision(event.requestId(), event.decidedBy(), event.reason()));
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeaseWriteOffReversedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        event.entries().forEach(entry -> {
            Document instalment = ContractFields.instalment(contract, entry.instalmentNumber());
            ScheduleFields.reverseWriteOff(instalment, entry);
            instalment.put(ScheduleFields.IN_ARREARS, true);
        });
        ReceivableFlows flows = ReceivableFlows.of(event);
        rollForward(contract, flows);
        timeline.record(contract, sequence, "WRITE_OFF_REVERSED", event.reversedOn(), at, metaData,
                "Write-off " + event.requestId() + " reversed by " + event.reversedBy() + ", ¥" + -flows.writtenOff()
                        + " back in arrears: " + event.reason(),
                decision(event.requestId(), event.reversedBy(), event.reason())
                        .append("entries", entries(event.entries())));
        advance(contract, sequence);
    }

    @EventHandler
    void on(InterestSubsidyRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        // the queue shows the checker exactly what an approval would grant
        Document proposal = new Document("fiscalYear", event.fiscalYear())
                .append("salesDeclineBasisPoints", event.salesDeclineBasisPoints())
                .append("evidence", event.evidence())
                .append("total", event.total().value())
                .append("subsidies", subsidies(event.subsidies()));
        pending(contract).add(request(event.requestId(), ApprovalKind.INTEREST_SUBSIDY, event.requestedOn(),
                event.requestedBy(), event.evidence(), null).append("subsidy", proposal));
        timeline.record(contract, sequence, "INTEREST_SUBSIDY_REQUESTED", event.requestedOn(), at, metaData,
                "Interest subsidy for FY" + event.fiscalYear() + " of " + event.total() + " requested by "
                        + event.requestedBy(),
                new Document("requestId", event.requestId()).append("requestedBy", event.requestedBy())
                        .append("subsidy", proposal));
        advance(contract, sequence);
    }

    @EventHandler
    void on(InterestSubsidyGrantedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        if (event.requestId() != null) {
            resolve(contract, event.requestId());
        }
        event.subsidies().forEach(subsidy -> ScheduleFields.add(
                ContractFields.instalment(contract, subsidy.instalmentNumber()),
                ScheduleFields.SUBSIDISED_INTEREST, subsidy.amount().value()));
        rollForward(contract, ReceivableFlows.of(event));
        timeline.record(contract, sequence, "INTEREST_SUBSIDY_GRANTED", event.grantedOn(), at, metaData,
                "Interest subsidy for FY" + event.fiscalYear() + " of " + event.total() + " granted"
                        + (event.decidedBy() == null ? "" : " by " + event.decidedBy()),
                decision(event.requestId(), event.decidedBy(), event.comment())
                        .append("fiscalYear", event.fiscalYear())
                        .append("salesDeclineBasisPoints", event.salesDeclineBasisPoints())
                        .append("evidence", event.evidence())
                        .append("newContract", event.newContract())
                        .append("total", event.total().value())
                        .append("subsidies", subsidies(event.subsidies())));
        advance(contract, sequence);
    }

    @EventHandler
    void on(InterestSubsidyRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        resolve(contract, event.requestId());
        timeline.record(contract, sequence, "INTEREST_SUBSIDY_REJECTED", event.decidedOn(), at, metaData,
                "Interest subsidy " + event.requestId() + " rejected by " + event.decidedBy() + ": " + event.reason(),
                decision(event.requestId(), event.decidedBy(), event.reason()));
        advance(contract, sequence);
    }

    /** What the settlement did not pay is interest not yet due, waived: the instalments end with nothing owed. */
    @EventHandler
    void on(LeaseContractSettledEarlyEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        allocate(contract, event.allocations(), 1);
        if (event.waived() != null) {
            event.waived().forEach(waived -> ScheduleFields.add(
                    ContractFields.instalment(contract, waived.instalmentNumber()), ScheduleFields.WAIVED,
                    waived.amount().value()));
        } else {
            // settled before the event listed what it waived: whatever the settlement left unpaid
            for (Document instalment : ContractFields.schedule(contract)) {
                long unpaid = ScheduleFields.unpaid(instalment);
                if (unpaid > 0) {
                    ScheduleFields.add(instalment, ScheduleFields.WAIVED, unpaid);
                }
            }
        }
        rollForward(contract, ReceivableFlows.of(event));
        contract.append(ContractFields.STATUS, LeaseContractStatus.SETTLED_EARLY.name())
                .append(ContractFields.CLOSED_ON, ReadModelDates.format(event.settledOn()))
                .append(ContractFields.INTEREST_WAIVED, event.interestWaived().value());
        timeline.record(contract, sequence, "SETTLED_EARLY", event.settledOn(), at, metaData,
                "Settled early for " + event.amount() + ", interest waived " + event.interestWaived(),
                new Document("amount", event.amount().value())
                        .append("interestWaived", event.interestWaived().value())
                        .append("allocations", allocations(event.allocations())));
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeaseRequestClosedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        resolve(contract, event.requestId());
        timeline.record(contract, sequence, "REQUEST_CLOSED", event.closedOn(), at, metaData,
                (switch (event.kind()) {
                    case DEFERRAL -> "Deferral ";
                    case WRITE_OFF -> "Write-off ";
                    case INTEREST_SUBSIDY -> "Interest subsidy ";
                    case ARREARS_LIFT -> "Arrears lift ";
                }) + event.requestId() + " closed: " + event.reason(),
                new Document("requestId", event.requestId()).append("kind", event.kind().name())
                        .append("reason", event.reason()));
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeaseContractCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        contract.append(ContractFields.STATUS, LeaseContractStatus.COMPLETED.name())
                .append(ContractFields.CLOSED_ON, ReadModelDates.format(event.completedOn()));
        timeline.record(contract, sequence, "COMPLETED", event.completedOn(), at, metaData, "Completed", new Document());
        advance(contract, sequence);
    }

    @EventHandler
    void on(LeaseContractReopenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document contract = timeline.unappliedOwner(contracts, event.contractId().value(), sequence);
        if (contract == null) {
            return;
        }
        contract.append(ContractFields.STATUS, LeaseContractStatus.ACTIVE.name()).append(ContractFields.CLOSED_ON, null);
        timeline.record(contract, sequence, "REOPENED", event.reopenedOn(), at, metaData, "Reopened: " + event.reason(),
                new Document("reason", event.reason()));
        advance(contract, sequence);
    }

    @EventHandler
    void on(ReferenceAssignedEvent event) {
        RecordReference.record(event, ReferenceKind.LEASE, id -> timeline.findOwner(contracts, id), contracts);
    }

    @ResetHandler
    void reset() {
        contracts.clear();
        timeline.clear();
    }

    /** Applies a payment's allocations ({@code sign} 1) or takes them back (−1). */
    private static void allocate(Document contract, List<PaymentAllocation> allocations, int sign) {
        for (PaymentAllocation allocation : allocations) {
            Document instalment = ContractFields.instalment(contract, allocation.instalmentNumber());
            if (allocation.writtenOff()) {
                ScheduleFields.add(instalment, ScheduleFields.RECOVERED_AFTER_WRITE_OFF, sign * allocation.total().value());
            } else {
                ScheduleFields.add(instalment, ScheduleFields.PAID_INTEREST, sign * allocation.interest().value());
                ScheduleFields.add(instalment, ScheduleFields.PAID_PRINCIPAL, sign * allocation.principal().value());
            }
        }
    }

    private static void rollForward(Document contract, ReceivableFlows flows) {
        if (flows.isZero()) {
            return;
        }
        Document years = contract.get(ContractFields.ROLL_FORWARD, Document.class);
        Document year = years.get(flows.fiscalYear().toString(), Document.class);
        if (year == null) {
            year = ReceivableFlows.zeroed();
            years.put(flows.fiscalYear().toString(), year);
        }
        flows.addTo(year);
    }

    private static List<Document> pending(Document contract) {
        return contract.getList(ContractFields.PENDING_REQUESTS, Document.class);
    }

    private static void resolve(Document contract, String requestId) {
        pending(contract).removeIf(request -> requestId.equals(request.getString("requestId")));
    }

    private static Document request(String requestId, ApprovalKind kind, LocalDate requestedOn, String requestedBy,
                                    String reason, Long arrears) {
        return new Document("requestId", requestId)
                .append("kind", kind.name())
                .append("requestedOn", ReadModelDates.format(requestedOn))
                .append("requestedBy", requestedBy)
                .append("reason", reason)
                .append("arrears", arrears);
    }

    private static Document decision(String requestId, String decidedBy, String comment) {
        return new Document("requestId", requestId).append("decidedBy", decidedBy).append("comment", comment);
    }

    private static List<Document> allocations(List<PaymentAllocation> allocations) {
        List<Document> documents = new ArrayList<>();
        allocations.forEach(allocation -> documents.add(new Document("instalmentNumber", allocation.instalmentNumber())
                .append("interest", allocation.interest().value())
                .append("principal", allocation.principal().value())
                .append("inArrears", allocation.inArrears())
                .append("writtenOff", allocation.writtenOff())));
        return documents;
    }

    private static List<Document> lifted(List<LiftedArrears> entries) {
        List<Document> documents = new ArrayList<>();
        entries.forEach(entry -> documents.add(new Document("instalmentNumber", entry.instalmentNumber())
                .append("dueDate", ReadModelDates.format(entry.dueDate()))
                .append("arisen", entry.arisen().value())
                .append("recovered", entry.recovered().value())));
        return documents;
    }

    private static String numbers(List<LiftedArrears> entries) {
        return entries.stream().map(entry -> String.valueOf(entry.instalmentNumber()))
                .collect(Collectors.joining(", "));
    }

    private static List<Document> subsidies(List<SubsidisedInterest> subsidies) {
        List<Document> documents = new ArrayList<>();
        subsidies.forEach(subsidy -> documents.add(new Document("instalmentNumber", subsidy.instalmentNumber())
                .append("amount", subsidy.amount().value())
                .append("inArrears", subsidy.inArrears())));
        return documents;
    }

    private static List<Document> entries(List<ArrearsEntry> entries) {
        List<Document> documents = new ArrayList<>();
        entries.forEach(entry -> documents.add(new Document("instalmentNumber", entry.instalmentNumber())
                .append("dueDate", ReadModelDates.format(entry.dueDate()))
                .append("amount", entry.amount().value())));
        return documents;
    }

    /** A proposed schedule as the pending request keeps it (the plain terms of each instalment). */
    private static List<Document> instalments(List<Instalment> instalments) {
        List<Document> documents = new ArrayList<>();
        instalments.forEach(instalment -> documents.add(new Document("number", instalment.number())
                .append("dueDate", ReadModelDates.format(instalment.dueDate()))
                .append("principal", instalment.principal().value())
                .append("interest", instalment.interest().value())));
        return documents;
    }


    private void advance(Document contract, long sequence) {
        ContractFields.recalculate(contract);
        contract.put(AggregateSequence.FIELD, sequence);
        contracts.save(contract);
    }
}
