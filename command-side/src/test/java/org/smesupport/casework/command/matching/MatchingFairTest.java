package org.smesupport.casework.command.matching;

import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;
import static org.smesupport.casework.command.matching.MatchingFixtures.COMPANY;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.FairFormat;
import org.smesupport.casework.api.matching.FairMeetingRecordedEvent;
import org.smesupport.casework.api.matching.FairParticipantRegisteredEvent;
import org.smesupport.casework.api.matching.FairSatisfactionRecordedEvent;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.MatchingFairPlannedEvent;
import org.smesupport.casework.api.matching.PlanMatchingFairCommand;
import org.smesupport.casework.api.matching.RecordFairMeetingCommand;
import org.smesupport.casework.api.matching.RecordFairSatisfactionCommand;
import org.smesupport.casework.api.matching.RegisterFairParticipantCommand;

class MatchingFairTest {

    private static final MatchingFairId FAIR = MatchingFairId.of("fair-1");
    private static final LocalDate STARTS_ON = LocalDate.of(2020, 7, 27);
    private static final LocalDate ENDS_ON = LocalDate.of(2020, 8, 7);
    private static final List<String> PARTNERS = List.of("かながわ中小企業支援プラットフォーム");
    private static final MatchingFairPlannedEvent PLANNED = new MatchingFairPlannedEvent(FAIR, "オンライン商談会（横須賀）",
            STARTS_ON, ENDS_ON, FairFormat.ONLINE, "横須賀", PARTNERS);
    private static final FairParticipantRegisteredEvent BUYER = new FairParticipantRegisteredEvent(FAIR, "p-1",
            FairSide.ORDERING, "横須賀製作所", null);
    private static final FairParticipantRegisteredEvent SELLER = new FairParticipantRegisteredEvent(FAIR, "p-2",
            FairSide.SUPPLYING, "かながわ精工", COMPANY);

    private FixtureConfiguration<MatchingFair> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MatchingFair.class);
        fixture.registerInjectableResource(new MatchingFixtures.StubCompanies());
    }

    private static PlanMatchingFairCommand plan(String name, LocalDate startsOn, LocalDate endsOn, FairFormat format,
            List<String> partners) {
        return new PlanMatchingFairCommand(FAIR, name, startsOn, endsOn, format, "横須賀", partners);
    }

    private static RecordFairMeetingCommand meeting(String meetingId, String ordering, String supplying, LocalDate on) {
        return new RecordFairMeetingCommand(FAIR, meetingId, ordering, supplying, on);
    }

    @Nested
    class Planning {

        @Test
        void plansFair() {
            fixture.givenNoPriorActivity()
                    .when(plan("オンライン商談会（横須賀）", STARTS_ON, ENDS_ON, FairFormat.ONLINE, PARTNERS))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(PLANNED);
        }

        @Test
        void plansOneDayFairWithoutPartnersOrFocusArea() {
            fixture.givenNoPriorActivity()
                    .when(new PlanMatchingFairCommand(FAIR, "商談会", STARTS_ON, STARTS_ON, FairFormat.IN_PERSON, " ",
                            List.of()))
                    .expectEvents(new MatchingFairPlannedEvent(FAIR, "商談会", STARTS_ON, STARTS_ON, FairFormat.IN_PERSON,
                            null, List.of()));
        }

        @Test
        void cannotPlanFairWithBlankName() {
            fixture.givenNoPriorActivity()
                    .when(plan(" ", STARTS_ON, ENDS_ON, FairFormat.ONLINE, PARTNERS))
                    .expectNoEvents()
                    .expectException(violationOf("name"));
        }

        @Test
        void cannotPlanFairEndingBeforeItStarts() {
            fixture.givenNoPriorActivity()
                    .when(plan("商談会", STARTS_ON, STARTS_ON.minusDays(1), FairFormat.ONLINE, PARTNERS))
                    .expectNoEvents()
                    .expectException(violationOf("endsOn"))
                    .expectExceptionMessage("The fair cannot end before it starts on 2020-07-27.");
        }

        @Test
        void cannotPlanFairWithoutDates() {
            fixture.givenNoPriorActivity()
                    .when(plan("商談会", null, ENDS_ON, FairFormat.ONLINE, PARTNERS))
                    .expectNoEvents()
                    .expectException(violationOf("startsOn"));
            fixture.givenNoPriorActivity()
                    .when(plan("商談会", STARTS_ON, null, FairFormat.ONLINE, PARTNERS))
                    .expectNoEvents()
                    .expectException(violationOf("endsOn"));
        }

        @Test
        void cannotPlanFairWithoutFormat() {
            fixture.givenNoPriorActivity()
                    .when(plan("商談会", STARTS_ON, ENDS_ON, null, PARTNERS))
                    .expectNoEvents()
                    .expectException(violationOf("format"));
        }

        @Test
        void cannotPlanFairWithBlankPartner() {
            fixture.givenNoPriorActivity()
                    .when(plan("商談会", STARTS_ON, ENDS_ON, FairFormat.ONLINE, List.of("横浜信用金庫", "")))
                    .expectNoEvents()
                    .expectException(violationOf("partners"))
                    .expectExceptionMessage("A partner organisation must not be blank.");
        }

        @Test
        void cannotPlanFairWithoutPartnerListOrWithTooManyPartners() {
            fixture.givenNoPriorActivity()
                    .when(plan("商談会", STARTS_ON, ENDS_ON, FairFormat.ONLINE, null))
                    .expectNoEvents()
                    .expectException(violationOf("partners"));
            fixture.givenNoPriorActivity()
                    .when(plan("商談会", STARTS_ON, ENDS_ON, FairFormat.ONLINE, Collections.nCopies(51, "信金")))
                    .expectNoEvents()
                    .expectException(violationOf("partners"));
        }
    }

    @Nested
    class Participants {

        @Test
        void registersFirmByNameAndReturnsVersionOne() {
            fixture.given(PLANNED)
                    .when(new RegisterFairParticipantCommand(FAIR, "p-1", FairSide.ORDERING, "横須賀製作所", null))
                    .expectEvents(BUYER)
                    .expectResultMessagePayload(new CommandResult("fair-1", 1));
        }

        @Test
        void registersRegisteredClientWithItsCompany() {
            fixture.given(PLANNED, BUYER)
                    .when(new RegisterFairParticipantCommand(FAIR, "p-2", FairSide.SUPPLYING, "かながわ精工", COMPANY))
                    .expectEvents(SELLER)
                    .expectResultMessagePayload(new CommandResult("fair-1", 2));
        }

        @Test
        void registersTheSameCompanyOnBothSides() {
            fixture.given(PLANNED, SELLER)
                    .when(new RegisterFairParticipantCommand(FAIR, "p-3", FairSide.ORDERING, "かながわ精工", COMPANY))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void cannotRegisterTheSameCompanyTwiceOnOneSide() {
            fixture.given(PLANNED, SELLER)
                    .when(new RegisterFairParticipantCommand(FAIR, "p-3", FairSide.SUPPLYING, "かながわ精工", COMPANY))
                    .expectNoEvents()
                    .expectException(violationOf("companyId"))
                    .expectExceptionMessage("Company company-1 already takes part in this fair as a supplier (受注企業).");
        }

        @Test
        void cannotRegisterUnregisteredCompany() {
            fixture.given(PLANNED)
                    .when(new RegisterFairParticipantCommand(FAIR, "p-1", FairSide.SUPPLYING, "某社",
                            CompanyId.of("company-x")))
                    .expectNoEvents()
                    .expectException(violationOf("companyId"))
                    .expectExceptionMessage("Company company-x is not registered.");
        }

        @Test
        void cannotReuseAParticipantId() {
            fixture.given(PLANNED, BUYER)
                    .when(new RegisterFairParticipantCommand(FAIR, "p-1", FairSide.SUPPLYING, "別の会社", null))
                    .expectNoEvents()
                    .expectException(violationOf("participantId"));
        }

        @Test
        void cannotRegisterWithoutSideOrWithBlankFirmName() {
            fixture.given(PLANNED)
                    .when(new RegisterFairParticipantCommand(FAIR, "p-1", null, "横須賀製作所", null))
                    .expectNoEvents()
                    .expectException(violationOf("side"));
            fixture.given(PLANNED)
                    .when(new RegisterFairParticipantCommand(FAIR, "p-1", FairSide.ORDERING, " ", null))
                    .expectNoEvents()
                    .expectException(violationOf("firmName"));
        }
    }

    @Nested
    class Meetings {

        @Test
        void recordsMeetingBetweenOrderingFirmAndSupplierAndReturnsVersionThree() {
            fixture.given(PLANNED, BUYER, SELLER)
                    .when(meeting("m-1", "p-1", "p-2", STARTS_ON))
                    .expectEvents(new FairMeetingRecordedEvent(FAIR, "m-1", "p-1", "p-2", STARTS_ON))
                    .expectResultMessagePayload(new CommandResult("fair-1", 3));
        }

        @Test
        void recordsASecondMeetingOfTheSamePairOnTheLastDay() {
            fixture.given(PLANNED, BUYER, SELLER, new FairMeetingRecordedEvent(FAIR, "m-1", "p-1", "p-2", STARTS_ON))
                    .when(meeting("m-2", "p-1", "p-2", ENDS_ON))
                    .expectEvents(new FairMeetingRecordedEvent(FAIR, "m-2", "p-1", "p-2", ENDS_ON))
                    .expectResultMessagePayload(new CommandResult("fair-1", 4));
        }

        @Test
        void cannotReuseAMeetingId() {
            fixture.given(PLANNED, BUYER, SELLER, new FairMeetingRecordedEvent(FAIR, "m-1", "p-1", "p-2", STARTS_ON))
                    .when(meeting("m-1", "p-1", "p-2", ENDS_ON))
                    .expectNoEvents()
                    .expectException(violationOf("meetingId"));
        }

        @Test
        void cannotRecordMeetingWithUnknownParticipant() {
            fixture.given(PLANNED, BUYER, SELLER)
                    .when(meeting("m-1", "p-9", "p-2", STARTS_ON))
                    .expectNoEvents()
                    .expectException(violationOf("orderingParticipantId"))
                    .expectExceptionMessage("No participant p-9 is registered for this fair.");
            fixture.given(PLANNED, BUYER, SELLER)
                    .when(meeting("m-1", "p-1", "p-9", STARTS_ON))
                    .expectNoEvents()
                    .expectException(violationOf("supplyingParticipantId"));
        }

        @Test
        void cannotRecordMeetingWithParticipantsOnTheWrongSides() {
            fixture.given(PLANNED, BUYER, SELLER)
                    .when(meeting("m-1", "p-2", "p-1", STARTS_ON))
                    .expectNoEvents()
                    .expectException(violationOf("orderingParticipantId"))
                    .expectExceptionMessage("Participant p-2 takes part as a supplier (受注企業), not as an ordering firm"
                            + " (発注企業).");
        }

        @Test
        void cannotRecordMeetingOutsideTheFairsDates() {
            fixture.given(PLANNED, BUYER, SELLER)
                    .when(meeting("m-1", "p-1", "p-2", STARTS_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(violationOf("heldOn"))
                    .expectExceptionMessage("A meeting of this fair is held from 2020-07-27 to 2020-08-07.");
            fixture.given(PLANNED, BUYER, SELLER)
                    .when(meeting("m-1", "p-1", "p-2", ENDS_ON.plusDays(1)))
                    .expectNoEvents()
                    .expectException(violationOf("heldOn"));
        }

        @Test
        void cannotRecordMeetingWithoutDateOrId() {
            fixture.given(PLANNED, BUYER, SELLER)
                    .when(meeting("m-1", "p-1", "p-2", null))
                    .expectNoEvents()
                    .expectException(violationOf("heldOn"));
            fixture.given(PLANNED, BUYER, SELLER)
                    .when(meeting(" ", "p-1", "p-2", STARTS_ON))
                    .expectNoEvents()
                    .expectException(violationOf("meetingId"));
        }
    }

    @Nested
    class Satisfaction {

        @Test
        void recordsAnswerWithTheParticipantsSide() {
            fixture.given(PLANNED, BUYER, SELLER)
                    .when(new RecordFairSatisfactionCommand(FAIR, "p-2", true))
                    .expectEvents(new FairSatisfactionRecordedEvent(FAIR, "p-2", FairSide.SUPPLYING, true))
                    .expectResultMessagePayload(new CommandResult("fair-1", 3));
        }

        @Test
        void recordsDissatisfiedOrderingFirm() {
            fixture.given(PLANNED, BUYER)
                    .when(new RecordFairSatisfactionCommand(FAIR, "p-1", false))
                    .expectEvents(new FairSatisfactionRecordedEvent(FAIR, "p-1", FairSide.ORDERING, false));
        }

        @Test
        void cannotAnswerTwice() {
            fixture.given(PLANNED, BUYER, new FairSatisfactionRecordedEvent(FAIR, "p-1", FairSide.ORDERING, false))
                    .when(new RecordFairSatisfactionCommand(FAIR, "p-1", true))
                    .expectNoEvents()
                    .expectException(violationOf("participantId"))
                    .expectExceptionMessage("Participant p-1 has already answered the satisfaction survey.");
        }

        @Test
        void cannotAnswerForUnknownParticipant() {
            fixture.given(PLANNED, BUYER)
                    .when(new RecordFairSatisfactionCommand(FAIR, "p-9", true))
                    .expectNoEvents()
                    .expectException(violationOf("participantId"));
        }
    }
}
