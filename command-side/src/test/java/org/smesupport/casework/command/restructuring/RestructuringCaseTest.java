package org.smesupport.casework.command.restructuring;

import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.restructuring.AddCreditorCommand;
import org.smesupport.casework.api.restructuring.AdvanceRestructuringStageCommand;
import org.smesupport.casework.api.restructuring.ApplySpecialReschedulingCommand;
import org.smesupport.casework.api.restructuring.CompleteRestructuringPlanCommand;
import org.smesupport.casework.api.restructuring.CreditorAddedEvent;
import org.smesupport.casework.api.restructuring.CreditorConsentRecordedEvent;
import org.smesupport.casework.api.restructuring.CreditorKind;
import org.smesupport.casework.api.restructuring.EndRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRefusedEvent;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRequestedEvent;
import org.smesupport.casework.api.restructuring.OpenRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.PlannedLeaseReschedule;
import org.smesupport.casework.api.restructuring.RecordCreditorConsentCommand;
import org.smesupport.casework.api.restructuring.RecordLeaseRescheduleOutcomeCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseEndedEvent;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringCaseOpenedEvent;
import org.smesupport.casework.api.restructuring.RestructuringPlanCompletedEvent;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.api.restructuring.RestructuringStageAdvancedEvent;
import org.smesupport.casework.api.restructuring.SpecialReschedulingAppliedEvent;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.lease.LeaseContractRegistry;

class RestructuringCaseTest {

    static final RestructuringCaseId CASE = RestructuringCaseId.of("case-1");
    static final CompanyId COMPANY = CompanyId.of("company-1");
    static final LocalDate OPENED_ON = LocalDate.of(2020, 5, 11);
    static final LocalDate SECOND_ON = LocalDate.of(2020, 6, 1);
    static final LocalDate DRAFTING_ON = LocalDate.of(2020, 7, 1);
    static final LocalDate COMPLETED_ON = LocalDate.of(2020, 12, 15);
    static final LeaseContractId LEASE_1 = LeaseContractId.of("lease-1");
    static final LeaseContractId LEASE_2 = LeaseContractId.of("lease-2");
    static final List<Instalment> REVISED = List.of(
            new Instalment(3, LocalDate.of(2021, 6, 30), Yen.of(300_000), Yen.of(5_000)),
            new Instalment(4, LocalDate.of(2021, 12, 31), Yen.of(300_000), Yen.of(2_500)));

    static final RestructuringCaseOpenedEvent OPENED =
            new RestructuringCaseOpenedEvent(CASE, COMPANY, "売上急減で資金繰りが逼迫", OPENED_ON);
    static final RestructuringStageAdvancedEvent TO_SECOND = new RestructuringStageAdvancedEvent(CASE,
            RestructuringStage.FIRST_RESPONSE, RestructuringStage.SECOND_STAGE, SECOND_ON);
    static final RestructuringStageAdvancedEvent TO_DRAFTING = new RestructuringStageAdvancedEvent(CASE,
            RestructuringStage.SECOND_STAGE, RestructuringStage.PLAN_DRAFTING, DRAFTING_ON);
    static final CreditorAddedEvent BANK_ADDED = new CreditorAddedEvent(CASE, "横浜銀行", CreditorKind.BANK);
    static final CreditorAddedEvent JFC_ADDED =
            new CreditorAddedEvent(CASE, "日本政策金融公庫", CreditorKind.GOVERNMENT_FINANCIAL_INSTITUTION);
    static final RestructuringPlanCompletedEvent COMPLETED = new RestructuringPlanCompletedEvent(CASE, COMPANY,
            COMPLETED_ON, false, "返済を3年猶予", List.of(new PlannedLeaseReschedule(LEASE_1, REVISED)), "sato");

    private FixtureConfiguration<RestructuringCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RestructuringCase.class);
        fixture.registerInjectableResource((CompanyRegistry) COMPANY::equals);
        // lease-1 is the case company's; lease-2 another company's; nothing else exists
        fixture.registerInjectableResource((LeaseContractRegistry) contract -> LEASE_1.equals(contract)
                ? Optional.of(COMPANY) : LEASE_2.equals(contract) ? Optional.of(CompanyId.of("company-2"))
                : Optional.empty());
    }

    private static CreditorConsentRecordedEvent consent(String creditor, boolean consented, LocalDate on) {
        return new CreditorConsentRecordedEvent(CASE, creditor, consented, on);
    }

    private static CompleteRestructuringPlanCommand complete(LocalDate on, List<PlannedLeaseReschedule> reschedules) {
        return new CompleteRestructuringPlanCommand(CASE, on, false, "返済を3年猶予", reschedules, "sato");
    }

    // opening

    @Test
    void opensCaseAtFirstResponseForRegisteredCompany() {
        fixture.givenNoPriorActivity()
                .when(new OpenRestructuringCaseCommand(CASE, COMPANY, "売上急減で資金繰りが逼迫", OPENED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(OPENED);
    }

    @Test
    void cannotOpenCaseForUnregisteredCompany() {
        fixture.givenNoPriorActivity()
                .when(new OpenRestructuringCaseCommand(CASE, CompanyId.of("company-x"), "相談", OPENED_ON))
                .expectNoEvents()
                .expectException(violationOf("companyId"))
                .expectExceptionMessage("Company company-x is not registered.");
    }

    @Test
    void cannotOpenCaseWithBlankSummary() {
        fixture.givenNoPriorActivity()
                .when(new OpenRestructuringCaseCommand(CASE, COMPANY, " ", OPENED_ON))
                .expectNoEvents()
                .expectException(violationOf("summary"));
    }

    @Test
    void cannotOpenCaseWithoutCompanyOrDate() {
        fixture.givenNoPriorActivity()
                .when(new OpenRestructuringCaseCommand(CASE, null, "相談", OPENED_ON))
                .expectException(violationOf("companyId"));
        fixture.givenNoPriorActivity()
                .when(new OpenRestructuringCaseCommand(CASE, COMPANY, "相談", null))
                .expectException(violationOf("openedOn"));
    }

    // the pipeline

    @Test
    void advancesToSecondStageAndReturnsVersionOne() {
        fixture.given(OPENED)
                .when(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.SECOND_STAGE, SECOND_ON, 0L))
                .expectEvents(TO_SECOND)
                .expectResultMessagePayload(new CommandResult("case-1", 1));
    }

    @Test
    void advancesFromSecondStageToPlanDraftingOnTheSameDay() {
        fixture.given(OPENED, TO_SECOND)
                .when(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.PLAN_DRAFTING, SECOND_ON, null))
                .expectEvents(new RestructuringStageAdvancedEvent(CASE, RestructuringStage.SECOND_STAGE,
                        RestructuringStage.PLAN_DRAFTING, SECOND_ON));
    }

    @Test
    void cannotSkipAStageNamingTheCurrentAndTheNextOne() {
        fixture.given(OPENED)
                .when(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.PLAN_DRAFTING, SECOND_ON, null))
                .expectNoEvents()
                .expectException(violationOf("stage"))
                .expectExceptionMessage("The case is at 1次対応 (FIRST_RESPONSE); its next step is 2次対応開始 "
                        + "(SECOND_STAGE), not 計画策定支援中 (PLAN_DRAFTING). Stages are entered in order, one at a "
                        + "time, and never backwards.");
    }

    @Test
    void cannotStepBackwardsFromPlanDrafting() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING)
                .when(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.SECOND_STAGE, DRAFTING_ON, null))
                .expectNoEvents()
                .expectException(violationOf("stage"))
                .expectExceptionMessage("The case is at 計画策定支援中 (PLAN_DRAFTING); its next step is completing "
                        + "the plan (計画策定完了), not 2次対応開始 (SECOND_STAGE). Stages are entered in order, one at a "
                        + "time, and never backwards.");
    }

    @Test
    void cannotEnterTheCurrentStageAgain() {
        fixture.given(OPENED, TO_SECOND)
                .when(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.SECOND_STAGE, DRAFTING_ON, null))
                .expectNoEvents()
                .expectException(violationOf("stage"));
    }

    @Test
    void cannotAdvanceIntoPlanCompletedOrEnded() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING)
                .when(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.PLAN_COMPLETED, COMPLETED_ON, null))
                .expectNoEvents()
                .expectException(violationOf("stage"));
        fixture.given(OPENED)
                .when(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.ENDED, SECOND_ON, null))
                .expectNoEvents()
                .expectException(violationOf("stage"));
    }

    @Test
    void cannotAdvanceBeforeThePreviousStep() {
        fixture.given(OPENED, TO_SECOND)
                .when(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.PLAN_DRAFTING,
                        SECOND_ON.minusDays(1), null))
                .expectNoEvents()
                .expectException(violationOf("on"))
                .expectExceptionMessage("The case cannot enter 計画策定支援中 (PLAN_DRAFTING) before its previous "
                        + "step on 2020-06-01.");
    }

    @Test
    void cannotAdvanceWithoutDateOrStage() {
        fixture.given(OPENED)
                .when(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.SECOND_STAGE, null, null))
                .expectException(violationOf("on"));
        fixture.given(OPENED)
                .when(new AdvanceRestructuringStageCommand(CASE, null, SECOND_ON, null))
                .expectException(violationOf("stage"));
    }

    @Test
    void cannotAdvanceFromAnOutdatedVersion() {
        fixture.given(OPENED, TO_SECOND)
                .when(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.PLAN_DRAFTING, DRAFTING_ON, 0L))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void cannotAdvanceAfterTheCaseEndedOrThePlanWasCompleted() {
        fixture.given(OPENED, new RestructuringCaseEndedEvent(CASE, RestructuringStage.FIRST_RESPONSE, true, "自主再建",
                        SECOND_ON))
                .when(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.SECOND_STAGE, SECOND_ON, null))
                .expectNoEvents()
                .expectException(violationOf(null))
                .expectExceptionMessage("The case ended on 2020-06-01; it cannot move to another stage.");
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, COMPLETED)
                .when(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.SECOND_STAGE, COMPLETED_ON, null))
                .expectNoEvents()
                .expectException(violationOf(null))
                .expectExceptionMessage("The case is at 計画策定完了 (PLAN_COMPLETED) since 2020-12-15, its last stage; "
                        + "it cannot move to another stage.");
    }

    // plan completion

    @Test
    void completesPlanWithEveryCreditorsConsentAndItsLeaseReschedules() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, BANK_ADDED, JFC_ADDED,
                        consent("横浜銀行", false, DRAFTING_ON.plusDays(30)),
                        consent("横浜銀行", true, DRAFTING_ON.plusDays(60)),
                        consent("日本政策金融公庫", true, DRAFTING_ON.plusDays(60)))
                .when(complete(COMPLETED_ON, List.of(new PlannedLeaseReschedule(LEASE_1, REVISED))))
                .expectEvents(COMPLETED)
                .expectResultMessagePayload(new CommandResult("case-1", 8));
    }

    @Test
    void cannotRescheduleAnotherCompanysOrAnUnknownLease() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING)
                .when(complete(COMPLETED_ON, List.of(new PlannedLeaseReschedule(LEASE_2, REVISED))))
                .expectNoEvents()
                .expectException(violationOf("leaseReschedules"))
                .expectExceptionMessage("Lease contract lease-2 belongs to company company-2, not to this case’s "
                        + "company company-1.");
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING)
                .when(complete(COMPLETED_ON, List.of(new PlannedLeaseReschedule(LeaseContractId.of("lease-9"), REVISED))))
                .expectNoEvents()
                .expectException(violationOf("leaseReschedules"))
                .expectExceptionMessage("There is no lease contract lease-9.");
    }

    @Test
    void cannotCompletePlanBeforeTheLastCreditorsConsent() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, BANK_ADDED, JFC_ADDED,
                        consent("横浜銀行", true, DRAFTING_ON.plusDays(30)),
                        consent("日本政策金融公庫", true, DRAFTING_ON.plusDays(60)))
                .when(complete(DRAFTING_ON.plusDays(59), List.of()))
                .expectNoEvents()
                .expectException(violationOf("completedOn"))
                .expectExceptionMessage("The plan cannot be completed on 2020-08-29, before the last creditor’s "
                        + "consent (日本政策金融公庫, 2020-08-30).");
    }

    @Test
    void completesDrasticPlanWithoutLeaseReschedules() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING)
                .when(new CompleteRestructuringPlanCommand(CASE, DRAFTING_ON, true, "債権放棄", null, "sato"))
                .expectEvents(new RestructuringPlanCompletedEvent(CASE, COMPANY, DRAFTING_ON, true, "債権放棄", List.of(),
                        "sato"));
    }

    @Test
    void cannotCompletePlanBeforeEveryCreditorConsentedNamingThoseMissing() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, BANK_ADDED, JFC_ADDED,
                        consent("横浜銀行", true, DRAFTING_ON.plusDays(30)),
                        consent("横浜銀行", false, DRAFTING_ON.plusDays(60)))
                .when(complete(COMPLETED_ON, List.of()))
                .expectNoEvents()
                .expectException(violationOf("creditors"))
                .expectExceptionMessage("The plan cannot be completed before every creditor has consented; still "
                        + "missing: 横浜銀行 (declined), 日本政策金融公庫 (no answer yet).");
    }

    @Test
    void cannotCompletePlanBeforePlanDrafting() {
        fixture.given(OPENED, TO_SECOND)
                .when(complete(COMPLETED_ON, List.of()))
                .expectNoEvents()
                .expectException(violationOf(null))
                .expectExceptionMessage("A plan can be completed only from 計画策定支援中 (PLAN_DRAFTING); the case is at "
                        + "2次対応開始 (SECOND_STAGE), so its next stage is 計画策定支援中 (PLAN_DRAFTING).");
    }

    @Test
    void cannotCompletePlanTwice() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, COMPLETED)
                .when(complete(COMPLETED_ON, List.of()))
                .expectNoEvents()
                .expectException(violationOf(null));
    }

    @Test
    void cannotCompletePlanBeforeDraftingBegan() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING)
                .when(complete(DRAFTING_ON.minusDays(1), List.of()))
                .expectNoEvents()
                .expectException(violationOf("completedOn"))
                .expectExceptionMessage("The plan cannot be completed before its drafting began on 2020-07-01.");
    }

    @Test
    void cannotCompletePlanWithoutSummaryOrRequestingUser() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING)
                .when(new CompleteRestructuringPlanCommand(CASE, COMPLETED_ON, false, " ", List.of(), "sato"))
                .expectException(violationOf("planSummary"));
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING)
                .when(new CompleteRestructuringPlanCommand(CASE, COMPLETED_ON, false, "猶予", List.of(), null))
                .expectException(violationOf("requestedBy"));
    }

    @Test
    void cannotRescheduleTheSameContractTwice() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING)
                .when(complete(COMPLETED_ON, List.of(new PlannedLeaseReschedule(LEASE_1, REVISED),
                        new PlannedLeaseReschedule(LEASE_1, REVISED))))
                .expectNoEvents()
                .expectException(violationOf("leaseReschedules"))
                .expectExceptionMessage("Lease contract lease-1 is rescheduled twice; name each contract once.");
    }

    @Test
    void cannotRescheduleWithoutRevisedInstalmentsOrContract() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING)
                .when(complete(COMPLETED_ON, List.of(new PlannedLeaseReschedule(LEASE_1, List.of()))))
                .expectNoEvents()
                .expectException(violationOf("leaseReschedules"))
                .expectExceptionMessage("The reschedule of lease contract lease-1 needs at least one revised "
                        + "instalment, and none may be empty.");
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING)
                .when(complete(COMPLETED_ON, List.of(new PlannedLeaseReschedule(null, REVISED))))
                .expectException(violationOf("leaseReschedules"));
    }

    // ending

    @Test
    void endsCaseAtItsCurrentStage() {
        fixture.given(OPENED, TO_SECOND)
                .when(new EndRestructuringCaseCommand(CASE, false, "支援対象外と判断", SECOND_ON.plusDays(3)))
                .expectEvents(new RestructuringCaseEndedEvent(CASE, RestructuringStage.SECOND_STAGE, false,
                        "支援対象外と判断", SECOND_ON.plusDays(3)))
                .expectResultMessagePayload(new CommandResult("case-1", 2));
    }

    @Test
    void firmWithdrawsAtFirstResponse() {
        fixture.given(OPENED)
                .when(new EndRestructuringCaseCommand(CASE, true, "自主再建", OPENED_ON))
                .expectEvents(new RestructuringCaseEndedEvent(CASE, RestructuringStage.FIRST_RESPONSE, true, "自主再建",
                        OPENED_ON));
    }

    @Test
    void cannotEndWithoutReason() {
        fixture.given(OPENED)
                .when(new EndRestructuringCaseCommand(CASE, true, " ", OPENED_ON))
                .expectNoEvents()
                .expectException(violationOf("reason"));
    }

    @Test
    void cannotEndBeforeTheLatestStep() {
        fixture.given(OPENED, TO_SECOND)
                .when(new EndRestructuringCaseCommand(CASE, true, "自主再建", SECOND_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf("endedOn"));
    }

    @Test
    void cannotEndTwiceOrAfterThePlanWasCompleted() {
        fixture.given(OPENED, new RestructuringCaseEndedEvent(CASE, RestructuringStage.FIRST_RESPONSE, true, "自主再建",
                        OPENED_ON))
                .when(new EndRestructuringCaseCommand(CASE, true, "自主再建", SECOND_ON))
                .expectNoEvents()
                .expectException(violationOf(null));
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, COMPLETED)
                .when(new EndRestructuringCaseCommand(CASE, false, "完了", COMPLETED_ON))
                .expectNoEvents()
                .expectException(violationOf(null));
    }

    // special rescheduling

    @Test
    void appliesSpecialReschedulingAgainAndAfterThePlan() {
        SpecialReschedulingAppliedEvent first = new SpecialReschedulingAppliedEvent(CASE, SECOND_ON, "1年間元金据置");
        fixture.given(OPENED, first)
                .when(new ApplySpecialReschedulingCommand(CASE, SECOND_ON.plusYears(1), "再適用"))
                .expectEvents(new SpecialReschedulingAppliedEvent(CASE, SECOND_ON.plusYears(1), "再適用"));
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, COMPLETED)
                .when(new ApplySpecialReschedulingCommand(CASE, COMPLETED_ON, null))
                .expectEvents(new SpecialReschedulingAppliedEvent(CASE, COMPLETED_ON, null));
    }

    @Test
    void cannotApplySpecialReschedulingAfterTheCaseEnded() {
        fixture.given(OPENED, new RestructuringCaseEndedEvent(CASE, RestructuringStage.FIRST_RESPONSE, true, "自主再建",
                        OPENED_ON))
                .when(new ApplySpecialReschedulingCommand(CASE, SECOND_ON, null))
                .expectNoEvents()
                .expectException(violationOf(null))
                .expectExceptionMessage("The case ended on 2020-05-11; no special rescheduling can be recorded on it.");
    }

    @Test
    void cannotApplySpecialReschedulingBeforeOpeningOrWithoutDate() {
        fixture.given(OPENED)
                .when(new ApplySpecialReschedulingCommand(CASE, OPENED_ON.minusDays(1), null))
                .expectException(violationOf("appliedOn"));
        fixture.given(OPENED)
                .when(new ApplySpecialReschedulingCommand(CASE, null, null))
                .expectException(violationOf("appliedOn"));
    }

    // creditors

    @Test
    void addsCreditors() {
        fixture.given(OPENED, BANK_ADDED)
                .when(new AddCreditorCommand(CASE, "日本政策金融公庫", CreditorKind.GOVERNMENT_FINANCIAL_INSTITUTION))
                .expectEvents(JFC_ADDED)
                .expectResultMessagePayload(new CommandResult("case-1", 2));
    }

    @Test
    void cannotAddTheSameCreditorTwice() {
        fixture.given(OPENED, BANK_ADDED)
                .when(new AddCreditorCommand(CASE, "横浜銀行", CreditorKind.OTHER))
                .expectNoEvents()
                .expectException(violationOf("creditor"))
                .expectExceptionMessage("横浜銀行 is already a creditor on this case.");
    }

    @Test
    void cannotAddBlankCreditorOrOneWithoutKind() {
        fixture.given(OPENED)
                .when(new AddCreditorCommand(CASE, " ", CreditorKind.BANK))
                .expectException(violationOf("creditor"));
        fixture.given(OPENED)
                .when(new AddCreditorCommand(CASE, "横浜銀行", null))
                .expectException(violationOf("kind"));
    }

    @Test
    void cannotAddCreditorAfterThePlanWasCompletedOrTheCaseEnded() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, COMPLETED)
                .when(new AddCreditorCommand(CASE, "横浜銀行", CreditorKind.BANK))
                .expectNoEvents()
                .expectException(violationOf(null));
        fixture.given(OPENED, new RestructuringCaseEndedEvent(CASE, RestructuringStage.FIRST_RESPONSE, true, "自主再建",
                        OPENED_ON))
                .when(new AddCreditorCommand(CASE, "横浜銀行", CreditorKind.BANK))
                .expectNoEvents()
                .expectException(violationOf(null));
    }

    @Test
    void recordsCreditorsAnswersTheLaterReplacingTheEarlier() {
        fixture.given(OPENED, BANK_ADDED, consent("横浜銀行", false, SECOND_ON))
                .when(new RecordCreditorConsentCommand(CASE, "横浜銀行", true, DRAFTING_ON))
                .expectEvents(consent("横浜銀行", true, DRAFTING_ON));
    }

    @Test
    void cannotRecordConsentOfUnknownCreditor() {
        fixture.given(OPENED, BANK_ADDED)
                .when(new RecordCreditorConsentCommand(CASE, "湘南信金", true, SECOND_ON))
                .expectNoEvents()
                .expectException(violationOf("creditor"))
                .expectExceptionMessage("湘南信金 is not a creditor on this case; add the creditor first.");
    }

    @Test
    void cannotRecordConsentBeforeOpeningOrWithoutDate() {
        fixture.given(OPENED, BANK_ADDED)
                .when(new RecordCreditorConsentCommand(CASE, "横浜銀行", true, OPENED_ON.minusDays(1)))
                .expectException(violationOf("recordedOn"));
        fixture.given(OPENED, BANK_ADDED)
                .when(new RecordCreditorConsentCommand(CASE, "横浜銀行", true, null))
                .expectException(violationOf("recordedOn"));
    }

    // the lease programme's answers

    @Test
    void recordsTheFiledDeferralRequestOfAPlannedReschedule() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, COMPLETED)
                .when(new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_1, "case-1:lease-1", null))
                .expectEvents(new LeaseRescheduleRequestedEvent(CASE, LEASE_1, "case-1:lease-1"))
                .expectResultMessagePayload(new CommandResult("case-1", 4));
    }

    @Test
    void recordsTheLeaseProgrammesRefusal() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, COMPLETED)
                .when(new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_1, null, "Deferral request d-1 is still pending"))
                .expectEvents(new LeaseRescheduleRefusedEvent(CASE, LEASE_1, "Deferral request d-1 is still pending"));
    }

    @Test
    void cannotRecordAnAnswerTwiceForTheSameContract() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, COMPLETED,
                        new LeaseRescheduleRequestedEvent(CASE, LEASE_1, "case-1:lease-1"))
                .when(new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_1, null, "refused"))
                .expectNoEvents()
                .expectException(violationOf("contractId"))
                .expectExceptionMessage("The lease programme’s answer for contract lease-1 is already recorded.");
    }

    @Test
    void cannotRecordAnAnswerForAContractThePlanDoesNotReschedule() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, COMPLETED)
                .when(new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_2, "case-1:lease-2", null))
                .expectNoEvents()
                .expectException(violationOf("contractId"))
                .expectExceptionMessage("Lease contract lease-2 is not rescheduled by a completed plan of this case.");
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING)
                .when(new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_1, "case-1:lease-1", null))
                .expectNoEvents()
                .expectException(violationOf("contractId"));
    }

    @Test
    void cannotRecordBothOrNeitherRequestIdAndRefusal() {
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, COMPLETED)
                .when(new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_1, "case-1:lease-1", "refused"))
                .expectNoEvents()
                .expectException(violationOf(null));
        fixture.given(OPENED, TO_SECOND, TO_DRAFTING, COMPLETED)
                .when(new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_1, " ", null))
                .expectNoEvents()
                .expectException(violationOf(null));
    }
}
