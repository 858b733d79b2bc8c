package org.smesupport.casework.command.restructuring;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStepRecordedEvent;
import org.smesupport.casework.api.restructuring.RecordImprovementSubsidyStepCommand;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.company.CompanyRegistry;

/**
 * One improvement-plan subsidy file of the 経営改善支援センター (経営改善計画策定支援 or 早期経営改善計画策定支援): its
 * steps in the order the report counts them (section I-7 (3) イ), each an event.
 *
 * <p>One command, {@link RecordImprovementSubsidyStepCommand}, records every step, so the file is created by
 * its first step, the usage application received ({@link AggregateCreationPolicy#CREATE_IF_MISSING}); any
 * other step on an id without a file is "not found", as a command on any unknown aggregate is.
 *
 * <p>Order: usage application received → decided (approved or refused; refused ends the file) → payment
 * application received (with the cost) → decided (approved or refused; refused ends the file) → monitoring
 * report received → decided → received → … any number of times. Every decision needs {@code approved}; a
 * refused monitoring report ends nothing (the next report is still due). {@code approved} on a receipt and a
 * cost anywhere but the payment application are refused rather than silently dropped. No step is dated
 * before the previous one.
 *
 * <p>The subsidy is ⌊cost × 2 / 3⌋ yen, capped by the kind ({@link ImprovementSubsidyKind#cap()}); the payment
 * application and its decision carry cost, two thirds, cap and subsidy, so the cap's effect is visible.
 */
@Aggregate(cache = "aggregateCache")
class ImprovementSubsidy {

    /** Keeps cost × 2 exact in a {@code long}, and is far above any plan's cost (15 digits, as the API takes). */
    static final long MAX_COST = 999_999_999_999_999L;

    @AggregateIdentifier
    private ImprovementSubsidyId subsidyId;
    private CompanyId companyId;
    private ImprovementSubsidyKind kind;
    private ImprovementSubsidyStep lastStep;
    private LocalDate lastOn;
    /** The refusal that ended the file, or {@code null} while it runs. */
    private ImprovementSubsidyStep refusedAt;
    private Yen cost;
    private Yen twoThirds;
    private Yen cap;
    private Yen subsidy;

    /** Axon creates the file through this constructor, and rebuilds it from its events. */
    ImprovementSubsidy() {
    }

    /**
     * The company is checked at the first step, like the opening of any case; the {@link CompanyRegistry} is
     * injected by Axon as a handler parameter.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandResult handle(RecordImprovementSubsidyStepCommand command, CompanyRegistry companies) {
        ImprovementSubsidyStep step = command.step();
        boolean newFile = subsidyId == null;
        if (newFile && step != null && step != ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED) {
            throw new AggregateNotFoundException(command.subsidyId().value(),
                    "No subsidy file " + command.subsidyId() + " exists; a file starts with its usage application.");
        }
        refuseIf(step == null, "step", "restructuring.subsidy.stepRequired");
        refuseIf(command.on() == null, "on", "restructuring.subsidy.dateRequired");
        if (newFile) {
            refuseIf(command.companyId() == null, "companyId", "restructuring.subsidy.companyRequired");
            refuseIf(command.kind() == null, "kind", "restructuring.subsidy.kindRequired");
            refuseIf(!companies.isRegistered(command.companyId()), "companyId",
                    "restructuring.companyId.unknownCompany", command.companyId());
        } else {
            if (refusedAt != null) {
                throw new BusinessRuleViolation(null, "restructuring.subsidy.refused", describe(refusedAt), lastOn);
            }
            ImprovementSubsidyStep next = nextStep();
            refuseIf(step != next, "step", "restructuring.subsidy.outOfOrder", describe(next), describe(step));
            refuseIf(command.on().isBefore(lastOn), "on", "restructuring.subsidy.beforePreviousStep", step.label(),
                    lastStep.label(), lastOn);
            refuseIf(command.companyId() != null && !command.companyId().equals(companyId), "companyId",
                    "restructuring.subsidy.otherCompany", companyId, command.companyId());
            refuseIf(command.kind() != null && command.kind() != kind, "kind", "restructuring.subsidy.otherKind",
                    kind.label(), kind.name(), command.kind());
        }
        boolean decision = isDecision(step);
        refuseIf(decision && command.approved() == null, "approved", "restructuring.subsidy.decisionRequired",
                step.label());
        refuseIf(!decision && command.approved() != null, "approved", "restructuring.subsidy.receiptNotDecided",
                step.label());
        boolean payment = step == ImprovementSubsidyStep.PAYMENT_APPLICATION_RECEIVED;
        refuseIf(!payment && command.cost() != null, "cost", "restructuring.subsidy.costOnlyWithPayment",
                step.label());
        ImprovementSubsidyKind fileKind = newFile ? command.kind() : kind;
        CompanyId fileCompany = newFile ? command.companyId() : companyId;
        ImprovementSubsidyId fileId = newFile ? command.subsidyId() : subsidyId;
        if (payment) {
            refuseIf(command.cost() == null || !command.cost().isPositive(), "cost",
                    "restructuring.subsidy.costNotPositive");
            refuseIf(command.cost().value() > MAX_COST, "cost", "restructuring.subsidy.costTooHigh", MAX_COST);
            Yen payableTwoThirds = Yen.of(command.cost().value() * 2 / 3);
            apply(new ImprovementSubsidyStepRecordedEvent(fileId, fileCompany, fileKind, step, null, command.cost(),
                    payableTwoThirds, fileKind.cap(), payableTwoThirds.min(fileKind.cap()), command.on()));
        } else if (step == ImprovementSubsidyStep.PAYMENT_APPLICATION_DECIDED) {
            apply(new ImprovementSubsidyStepRecordedEvent(fileId, fileCompany, fileKind, step, command.approved(), cost,
                    twoThirds, cap, subsidy, command.on()));
        } else {
            apply(new ImprovementSubsidyStepRecordedEvent(fileId, fileCompany, fileKind, step, command.approved(), null,
                    null, null, null, command.on()));
        }
        return new CommandResult(fileId.value(), AggregateLifecycle.getVersion());
    }

    private ImprovementSubsidyStep nextStep() {
        return switch (lastStep) {
            case USAGE_APPLICATION_RECEIVED -> ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED;
            case USAGE_APPLICATION_DECIDED -> ImprovementSubsidyStep.PAYMENT_APPLICATION_RECEIVED;
            case PAYMENT_APPLICATION_RECEIVED -> ImprovementSubsidyStep.PAYMENT_APPLICATION_DECIDED;
            case PAYMENT_APPLICATION_DECIDED, MONITORING_REPORT_DECIDED ->
                    ImprovementSubsidyStep.MONITORING_REPORT_RECEIVED;
            case MONITORING_REPORT_RECEIVED -> ImprovementSubsidyStep.MONITORING_REPORT_DECIDED;
        };
    }

    private static boolean isDecision(ImprovementSubsidyStep step) {
        return step == ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED
                || step == ImprovementSubsidyStep.PAYMENT_APPLICATION_DECIDED
                || step == ImprovementSubsidyStep.MONITORING_REPORT_DECIDED;
    }

    /** A refused usage or payment application ends the file; a refused monitoring report does not. */
    private static boolean endsFile(ImprovementSubsidyStepRecordedEvent event) {
        return Boolean.FALSE.equals(event.approved())
                && (event.step() == ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED
                        || event.step() == ImprovementSubsidyStep.PAYMENT_APPLICATION_DECIDED);
    }

    private static String describe(ImprovementSubsidyStep step) {
        return step.label() + " (" + step.name() + ")";
    }

    @EventSourcingHandler
    void on(ImprovementSubsidyStepRecordedEvent event) {
        subsidyId = event.subsidyId();
        companyId = event.companyId();
        kind = event.kind();
        lastStep = event.step();
        lastOn = event.on();
        if (event.step() == ImprovementSubsidyStep.PAYMENT_APPLICATION_RECEIVED) {
            cost = event.cost();
            twoThirds = event.twoThirds();
            cap = event.cap();
            subsidy = event.subsidy();
        }
        if (endsFile(event)) {
            refusedAt = event.step();
        }
    }
}
