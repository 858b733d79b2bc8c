package org.smesupport.casework.command.succession;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.succession.ConcludeSuccessionDealCommand;
import org.smesupport.casework.api.succession.CorrectSuccessionDealCommand;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.SuccessionDealConcludedEvent;
import org.smesupport.casework.api.succession.SuccessionDealCorrectedEvent;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.command.common.AlreadyRegistered;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.common.UniqueClaim;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.fiscalyear.ClosedFiscalYears;
import org.smesupport.casework.command.succession.SuccessionCaseRegistry.OpenedCase;

/**
 * An M&A deal concluded (成約) between a seller and a buyer (report section I-7 (1)). Each party is either a
 * case of the centre on the matching side (a SELLER case sells, a BUYER case buys), or a counterpart the
 * centre does not advise, given by name. The deal counts one half per in-prefecture party ({@code halfCounts}):
 * 「県内企業」が譲受、譲渡した場合にそれぞれ「0.5」件.
 *
 * <p>A case party's name is filled in with its company's current name, so the deal's event reads on its own.
 */
@Aggregate(cache = "aggregateCache")
class SuccessionDeal {

    static final int MAX_NAME_LENGTH = 200;

    @AggregateIdentifier
    private SuccessionDealId dealId;
    private DealParty seller;
    private DealParty buyer;
    private LocalDate concludedOn;
    private int halfCounts;

    /** Axon rebuilds the deal from its events through this constructor. */
    SuccessionDeal() {
    }

    /**
     * Both registries are injected by Axon as handler parameters. Each case party is claimed for this deal
     * ({@link UniqueClaim}) in the same unit of work, so no case enters two concluded deals.
     */
    @CommandHandler
    SuccessionDeal(ConcludeSuccessionDealCommand command, SuccessionCaseRegistry cases, CompanyRegistry companies)
            throws Exception {
        refuseIf(command.concludedOn() == null, "concludedOn", "succession.concludedOn.required");
        refuseIf(command.seller() == null, "seller", "succession.seller.required");
        refuseIf(command.buyer() == null, "buyer", "succession.buyer.required");
        refuseIf(command.seller().caseId() != null && command.seller().caseId().equals(command.buyer().caseId()),
                "buyer.caseId", "succession.deal.sameCaseBothSides", command.seller().caseId());
        DealParty seller = checked("seller", command.seller(), SuccessionSide.SELLER, command.concludedOn(), cases,
                companies, command.dealId());
        DealParty buyer = checked("buyer", command.buyer(), SuccessionSide.BUYER, command.concludedOn(), cases,
                companies, command.dealId());
        int halfCounts = (seller.inPrefecture() ? 1 : 0) + (buyer.inPrefecture() ? 1 : 0);
        apply(new SuccessionDealConcludedEvent(command.dealId(), seller, buyer, command.concludedOn(), halfCounts));
        for (DealParty party : List.of(seller, buyer)) {
            if (party.caseId() != null) {
                UniqueClaim.take(party.caseId().dealClaim(), command.dealId().value());
            }
        }
    }

    /**
     * Corrects the deal with a reason: its date, a counterpart's name or place; its cases stay (another case
     * is another deal). Refused when the deal was concluded in a closed fiscal year, whose figures it would
     * restate ({@link ClosedFiscalYears}, injected like the registries).
     */
    @CommandHandler
    CommandResult handle(CorrectSuccessionDealCommand command, SuccessionCaseRegistry cases, CompanyRegistry companies,
                         ClosedFiscalYears closedYears) {
        refuseIf(isBlank(command.reason()), "reason", "succession.correction.reasonBlank");
        refuseIf(command.correctedOn() == null, "correctedOn", "succession.correctedOn.required");
        refuseIf(command.correctedOn().isBefore(concludedOn), "correctedOn",
                "succession.correctedOn.beforeConcluded", concludedOn);
        refuseIf(command.concludedOn() == null, "concludedOn", "succession.concludedOn.required");
        refuseIf(command.seller() == null, "seller", "succession.seller.required");
        refuseIf(command.buyer() == null, "buyer", "succession.buyer.required");
        sameCase("seller", seller, command.seller());
        sameCase("buyer", buyer, command.buyer());
        closedYears.refuseIfClosed(FiscalYear.containing(concludedOn), "dealId", "succession.deal.yearClosed",
                dealId, concludedOn);
        DealParty correctedSeller = checked("seller", command.seller(), SuccessionSide.SELLER, command.concludedOn(),
                cases, companies, dealId);
        DealParty correctedBuyer = checked("buyer", command.buyer(), SuccessionSide.BUYER, command.concludedOn(),
                cases, companies, dealId);
        refuseIf(correctedSeller.equals(seller) && correctedBuyer.equals(buyer)
                && command.concludedOn().equals(concludedOn),
                null, "succession.correction.changesNothing");
        int halves = (correctedSeller.inPrefecture() ? 1 : 0) + (correctedBuyer.inPrefecture() ? 1 : 0);
        apply(new SuccessionDealCorrectedEvent(dealId, correctedSeller, correctedBuyer, command.concludedOn(), halves,
                concludedOn, halfCounts, command.reason(), command.correctedOn()));
        return new CommandResult(dealId.value(), AggregateLifecycle.getVersion());
    }

    /** {@code role} ("seller", "buyer") names the refusals about the party: "succession.seller.caseOrName". */
    private static void sameCase(String role, DealParty recorded, DealParty corrected) {
        refuseIf(!Objects.equals(recorded.caseId(), corrected.caseId()), role + ".caseId", recorded.caseId() == null
                ? "succession." + role + ".wasCounterpart" : "succession." + role + ".wasCase", recorded.caseId());
    }

    private static DealParty checked(String role, DealParty party, SuccessionSide side, LocalDate concludedOn,
            SuccessionCaseRegistry cases, CompanyRegistry companies, SuccessionDealId self) {
        String refusals = "succession." + role;
        if (party.caseId() == null) {
            refuseIf(isBlank(party.name()), role + ".name", refusals + ".caseOrName");
            refuseIf(party.name().length() > MAX_NAME_LENGTH, role + ".name", refusals + ".nameTooLong",
                    MAX_NAME_LENGTH);
            refuseIf(party.inPrefecture() == null, role + ".inPrefecture", refusals + ".inPrefectureRequired");
            return party;
        }
        refuseIf(!isBlank(party.name()), role + ".name", refusals + ".caseAndName");
        OpenedCase opened = cases.caseOf(party.caseId()).orElseThrow(() -> new BusinessRuleViolation(role + ".caseId",
                "succession.deal.noOpenCase", party.caseId()));
        refuseIf(opened.side() != side, role + ".caseId", refusals + ".wrongSide", party.caseId(),
                opened.side().label(), opened.side(), side.label(), side);
        refuseIf(concludedOn.isBefore(opened.openedOn()), "concludedOn", refusals + ".beforeCaseOpened",
                opened.openedOn());
        Optional<SuccessionDealId> other = cases.dealOf(party.caseId()).filter(deal -> !deal.equals(self));
        if (other.isPresent()) {
            throw new AlreadyRegistered(role + ".caseId", "succession.deal.caseHasDeal", party.caseId(), other.get());
        }
        String name = companies.nameOf(opened.companyId()).orElse(null);
        return new DealParty(party.caseId(), name, inPrefecture(role, party, opened));
    }

    /** The centre's own record of the case decides; a case opened before it kept one takes the caseworker's word. */
    private static Boolean inPrefecture(String role, DealParty party, OpenedCase opened) {
        if (opened.inPrefecture() == null) {
            refuseIf(party.inPrefecture() == null, role + ".inPrefecture", "succession." + role + ".inPrefectureUnknown",
                    party.caseId());
            return party.inPrefecture();
        }
        refuseIf(party.inPrefecture() != null && !party.inPrefecture().equals(opened.inPrefecture()),
                role + ".inPrefecture", opened.inPrefecture() ? "succession.deal.caseInPrefecture"
                        : "succession.deal.caseOutsidePrefecture", party.caseId());
        return opened.inPrefecture();
    }

    @EventSourcingHandler
    void on(SuccessionDealConcludedEvent event) {
        dealId = event.dealId();
        seller = event.seller();
        buyer = event.buyer();
        concludedOn = event.concludedOn();
        halfCounts = event.halfCounts();
    }

    @EventSourcingHandler
    void on(SuccessionDealCorrectedEvent event) {
        seller = event.seller();
        buyer = event.buyer();
        concludedOn = event.concludedOn();
        halfCounts = event.halfCounts();
    }
}
