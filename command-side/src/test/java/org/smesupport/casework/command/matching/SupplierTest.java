package org.smesupport.casework.command.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;
import static org.smesupport.casework.command.matching.MatchingFixtures.COMPANY;
import static org.smesupport.casework.command.matching.MatchingFixtures.COMPANY_NAME;
import static org.smesupport.casework.command.matching.MatchingFixtures.PROFILE;
import static org.smesupport.casework.command.matching.MatchingFixtures.REGISTERED_ON;
import static org.smesupport.casework.command.matching.MatchingFixtures.SUPPLIER;
import static org.smesupport.casework.command.matching.MatchingFixtures.profile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.RegisterSupplierCommand;
import org.smesupport.casework.api.matching.ReregisterSupplierCommand;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.api.matching.SupplierProfileUpdatedEvent;
import org.smesupport.casework.api.matching.SupplierRegisteredEvent;
import org.smesupport.casework.api.matching.SupplierWithdrawnEvent;
import org.smesupport.casework.api.matching.UpdateSupplierProfileCommand;
import org.smesupport.casework.api.matching.WithdrawSupplierCommand;

class SupplierTest {

    private static final SupplierRegisteredEvent REGISTERED =
            new SupplierRegisteredEvent(SUPPLIER, COMPANY, COMPANY_NAME, PROFILE, REGISTERED_ON);
    private static final LocalDate SURVEYED_ON = LocalDate.of(2021, 1, 20);
    private static final SupplierProfile SURVEYED = profile(Set.of(Process.MACHINING), List.of("CNC旋盤"), 80,
            Region.KAWASAKI);

    private FixtureConfiguration<Supplier> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Supplier.class);
        fixture.registerInjectableResource(new MatchingFixtures.StubCompanies());
    }

    private static RegisterSupplierCommand register(SupplierProfile profile) {
        return new RegisterSupplierCommand(SUPPLIER, COMPANY, profile, REGISTERED_ON);
    }

    private static List<String> equipment(int entries) {
        return Collections.nCopies(entries, "NC旋盤");
    }

    @Nested
    class Registering {

        @Test
        void registersSupplierWithTheCompanysCurrentName() {
            fixture.givenNoPriorActivity()
                    .when(register(PROFILE))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(REGISTERED);
        }

        @Test
        void derivesTheSupplierIdFromTheCompanyId() {
            assertThat(Supplier.idFor(COMPANY)).isEqualTo(SUPPLIER);
        }

        @Test
        void cannotRegisterForUnregisteredCompany() {
            CompanyId unknown = CompanyId.of("company-x");
            fixture.givenNoPriorActivity()
                    .when(new RegisterSupplierCommand(Supplier.idFor(unknown), unknown, PROFILE, REGISTERED_ON))
                    .expectNoEvents()
                    .expectException(violationOf("companyId"))
                    .expectExceptionMessage("Company company-x is not registered.");
        }

        @Test
        void cannotRegisterWithoutCompany() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterSupplierCommand(SUPPLIER, null, PROFILE, REGISTERED_ON))
                    .expectNoEvents()
                    .expectException(violationOf("companyId"));
        }

        /** The one-registration-per-company rule rests on the derived id, so no other id is accepted. */
        @Test
        void cannotRegisterUnderAnIdNotDerivedFromTheCompany() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterSupplierCommand(SupplierId.of("supplier-42"), COMPANY, PROFILE, REGISTERED_ON))
                    .expectNoEvents()
                    .expectException(violationOf("supplierId"))
                    .expectExceptionMessage("A supplier registration’s id is derived from its company: "
                            + "supplier-company-1, not supplier-42.");
        }

        @Test
        void cannotRegisterWithoutRegistrationDate() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterSupplierCommand(SUPPLIER, COMPANY, PROFILE, null))
                    .expectNoEvents()
                    .expectException(violationOf("registeredOn"));
        }

        @Test
        void cannotRegisterWithoutProfile() {
            fixture.givenNoPriorActivity()
                    .when(register(null))
                    .expectNoEvents()
                    .expectException(violationOf("profile"));
        }

        @Test
        void cannotRegisterWithoutAnyProcess() {
            fixture.givenNoPriorActivity()
                    .when(register(profile(Set.of(), List.of(), 100, Region.KAWASAKI)))
                    .expectNoEvents()
                    .expectException(violationOf("processes"))
                    .expectExceptionMessage("At least one process the supplier offers is required, and none may be empty.");
        }

        @Test
        void cannotRegisterWithAnEmptyProcess() {
            Set<Process> processes = new HashSet<>();
            processes.add(Process.MACHINING);
            processes.add(null);
            fixture.givenNoPriorActivity()
                    .when(register(profile(processes, List.of(), 100, Region.KAWASAKI)))
                    .expectNoEvents()
                    .expectException(violationOf("processes"));
        }

        @Test
        void acceptsNoSpareCapacityAndTheMaximum() {
            SupplierProfile none = profile(Set.of(Process.WELDING), List.of(), 0, Region.SHONAN);
            fixture.givenNoPriorActivity()
                    .when(register(none))
                    .expectEvents(new SupplierRegisteredEvent(SUPPLIER, COMPANY, COMPANY_NAME, none, REGISTERED_ON));
            SupplierProfile most = profile(Set.of(Process.WELDING), List.of(), Supplier.MAX_HOURS_PER_MONTH, Region.SHONAN);
            fixture.givenNoPriorActivity()
                    .when(register(most))
                    .expectEvents(new SupplierRegisteredEvent(SUPPLIER, COMPANY, COMPANY_NAME, most, REGISTERED_ON));
        }

        @Test
        void cannotRegisterWithNegativeSpareCapacity() {
            fixture.givenNoPriorActivity()
                    .when(register(profile(Set.of(Process.WELDING), List.of(), -1, Region.SHONAN)))
                    .expectNoEvents()
                    .expectException(violationOf("availableHoursPerMonth"));
        }

        @Test
        void cannotRegisterWithMoreThanTenThousandHoursAMonth() {
            fixture.givenNoPriorActivity()
                    .when(register(profile(Set.of(Process.WELDING), List.of(), 10_001, Region.SHONAN)))
                    .expectNoEvents()
                    .expectException(violationOf("availableHoursPerMonth"))
                    .expectExceptionMessage("The spare capacity runs from 0 to 10000 hours per month.");
        }

        @Test
        void cannotRegisterWithoutRegion() {
            fixture.givenNoPriorActivity()
                    .when(register(profile(Set.of(Process.WELDING), List.of(), 10, null)))
                    .expectNoEvents()
                    .expectException(violationOf("region"));
        }

        @Test
        void cannotRegisterWithBlankEquipment() {
            fixture.givenNoPriorActivity()
                    .when(register(profile(Set.of(Process.WELDING), List.of("TIG溶接機", " "), 10, Region.SHONAN)))
                    .expectNoEvents()
                    .expectException(violationOf("equipment"))
                    .expectExceptionMessage("An equipment entry must not be blank.");
        }

        @Test
        void cannotRegisterWithEquipmentEntryLongerThan200Characters() {
            fixture.givenNoPriorActivity()
                    .when(register(profile(Set.of(Process.WELDING), List.of("a".repeat(201)), 10, Region.SHONAN)))
                    .expectNoEvents()
                    .expectException(violationOf("equipment"));
        }

        @Test
        void acceptsFiftyPiecesOfEquipment() {
            SupplierProfile fifty = profile(Set.of(Process.WELDING), equipment(50), 10, Region.SHONAN);
            fixture.givenNoPriorActivity()
                    .when(register(fifty))
                    .expectEvents(new SupplierRegisteredEvent(SUPPLIER, COMPANY, COMPANY_NAME, fifty, REGISTERED_ON));
        }

        @Test
        void cannotRegisterMoreThanFiftyPiecesOfEquipment() {
            fixture.givenNoPriorActivity()
                    .when(register(profile(Set.of(Process.WELDING), equipment(51), 10, Region.SHONAN)))
                    .expectNoEvents()
                    .expectException(violationOf("equipment"))
                    .expectExceptionMessage("At most 50 pieces of equipment can be listed.");
        }

        @Test
        void cannotRegisterWithoutEquipmentList() {
            fixture.givenNoPriorActivity()
                    .when(register(profile(Set.of(Process.WELDING), null, 10, Region.SHONAN)))
                    .expectNoEvents()
                    .expectException(violationOf("equipment"));
        }

        @Test
        void cannotRegisterWithoutCertificationsOrFocusFieldsSets() {
            fixture.givenNoPriorActivity()
                    .when(register(new SupplierProfile(Set.of(Process.WELDING), List.of(), null, 10, Region.SHONAN,
                            Set.of())))
                    .expectNoEvents()
                    .expectException(violationOf("certifications"));
            fixture.givenNoPriorActivity()
                    .when(register(new SupplierProfile(Set.of(Process.WELDING), List.of(), Set.of(), 10, Region.SHONAN,
                            null)))
                    .expectNoEvents()
                    .expectException(violationOf("focusFields"));
        }
    }

    @Nested
    class UpdatingTheProfile {

        @Test
        void updatesProfileFromSurveyAndReturnsVersionOne() {
            fixture.given(REGISTERED)
                    .when(new UpdateSupplierProfileCommand(SUPPLIER, SURVEYED, SURVEYED_ON, 0L))
                    .expectEvents(new SupplierProfileUpdatedEvent(SUPPLIER, SURVEYED, SURVEYED_ON))
                    .expectResultMessagePayload(new CommandResult("supplier-company-1", 1));
        }

        /** The answer to the update survey is recorded even when the profile stays the same. */
        @Test
        void recordsAnUnchangedProfileAsTheSurveysAnswer() {
            fixture.given(REGISTERED, new SupplierProfileUpdatedEvent(SUPPLIER, SURVEYED, SURVEYED_ON))
                    .when(new UpdateSupplierProfileCommand(SUPPLIER, SURVEYED, SURVEYED_ON.plusYears(1), null))
                    .expectEvents(new SupplierProfileUpdatedEvent(SUPPLIER, SURVEYED, SURVEYED_ON.plusYears(1)))
                    .expectResultMessagePayload(new CommandResult("supplier-company-1", 2));
        }

        @Test
        void acceptsSurveyOnTheRegistrationDay() {
            fixture.given(REGISTERED)
                    .when(new UpdateSupplierProfileCommand(SUPPLIER, SURVEYED, REGISTERED_ON, null))
                    .expectEvents(new SupplierProfileUpdatedEvent(SUPPLIER, SURVEYED, REGISTERED_ON));
        }

        @Test
        void cannotUpdateWithSurveyBeforeRegistration() {
            fixture.given(REGISTERED)
                    .when(new UpdateSupplierProfileCommand(SUPPLIER, SURVEYED, REGISTERED_ON.minusDays(1), null))
                    .expectNoEvents()
                    .expectException(violationOf("surveyedOn"))
                    .expectExceptionMessage("The profile cannot be surveyed before the supplier registered on 2020-04-10.");
        }

        @Test
        void cannotReplaceProfileWithAnOlderSurvey() {
            fixture.given(REGISTERED, new SupplierProfileUpdatedEvent(SUPPLIER, SURVEYED, SURVEYED_ON))
                    .when(new UpdateSupplierProfileCommand(SUPPLIER, PROFILE, SURVEYED_ON.minusDays(1), null))
                    .expectNoEvents()
                    .expectException(violationOf("surveyedOn"))
                    .expectExceptionMessage("The profile was last updated from a survey on 2021-01-20; an older survey"
                            + " cannot replace it.");
        }

        @Test
        void cannotUpdateWithoutSurveyDate() {
            fixture.given(REGISTERED)
                    .when(new UpdateSupplierProfileCommand(SUPPLIER, SURVEYED, null, null))
                    .expectNoEvents()
                    .expectException(violationOf("surveyedOn"));
        }

        @Test
        void cannotUpdateToAnInvalidProfile() {
            fixture.given(REGISTERED)
                    .when(new UpdateSupplierProfileCommand(SUPPLIER,
                            profile(Set.of(), List.of(), 10, Region.KAWASAKI), SURVEYED_ON, null))
                    .expectNoEvents()
                    .expectException(violationOf("processes"));
        }

        @Test
        void cannotUpdateWithdrawnSupplier() {
            fixture.given(REGISTERED, new SupplierWithdrawnEvent(SUPPLIER, LocalDate.of(2020, 12, 1), "廃業"))
                    .when(new UpdateSupplierProfileCommand(SUPPLIER, SURVEYED, SURVEYED_ON, null))
                    .expectNoEvents()
                    .expectException(violationOf(null))
                    .expectExceptionMessage("The supplier withdrew on 2020-12-01; its profile can no longer be updated.");
        }

        @Test
        void cannotUpdateFromAnOutdatedVersion() {
            fixture.given(REGISTERED, new SupplierProfileUpdatedEvent(SUPPLIER, SURVEYED, SURVEYED_ON))
                    .when(new UpdateSupplierProfileCommand(SUPPLIER, PROFILE, SURVEYED_ON, 0L))
                    .expectNoEvents()
                    .expectException(ConflictingAggregateVersionException.class);
        }
    }

    @Nested
    class RegisteringAgain {

        private final SupplierWithdrawnEvent withdrawn = new SupplierWithdrawnEvent(SUPPLIER, LocalDate.of(2020, 12, 1),
                "廃業");

        @Test
        void aWithdrawnSupplierRegistersAgainOnTheSameId() {
            fixture.given(REGISTERED, withdrawn)
                    .when(new ReregisterSupplierCommand(SUPPLIER, SURVEYED, LocalDate.of(2022, 4, 1), 1L))
                    .expectEvents(new SupplierRegisteredEvent(SUPPLIER, COMPANY, COMPANY_NAME, SURVEYED,
                            LocalDate.of(2022, 4, 1)))
                    .expectResultMessagePayload(new CommandResult("supplier-company-1", 2));
        }

        @Test
        void aRegisteredSupplierCannotRegisterAgain() {
            fixture.given(REGISTERED)
                    .when(new ReregisterSupplierCommand(SUPPLIER, SURVEYED, LocalDate.of(2022, 4, 1), null))
                    .expectNoEvents()
                    .expectException(violationOf(null))
                    .expectExceptionMessage(containsString("only a withdrawn supplier can register again"));
        }

        @Test
        void cannotRegisterAgainBeforeTheWithdrawal() {
            fixture.given(REGISTERED, withdrawn)
                    .when(new ReregisterSupplierCommand(SUPPLIER, SURVEYED, LocalDate.of(2020, 11, 30), null))
                    .expectNoEvents()
                    .expectException(violationOf("registeredOn"));
        }

        @Test
        void theRegistrationAgainCanBeWithdrawnAgain() {
            fixture.given(REGISTERED, withdrawn, new SupplierRegisteredEvent(SUPPLIER, COMPANY, COMPANY_NAME, SURVEYED,
                            LocalDate.of(2022, 4, 1)))
                    .when(new WithdrawSupplierCommand(SUPPLIER, LocalDate.of(2023, 3, 31), "事業縮小"))
                    .expectEvents(new SupplierWithdrawnEvent(SUPPLIER, LocalDate.of(2023, 3, 31), "事業縮小"));
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void withdrawsAndReturnsVersionOne() {
            fixture.given(REGISTERED)
                    .when(new WithdrawSupplierCommand(SUPPLIER, LocalDate.of(2020, 12, 1), "廃業"))
                    .expectEvents(new SupplierWithdrawnEvent(SUPPLIER, LocalDate.of(2020, 12, 1), "廃業"))
                    .expectResultMessagePayload(new CommandResult("supplier-company-1", 1));
        }

        @Test
        void cannotWithdrawTwice() {
            fixture.given(REGISTERED, new SupplierWithdrawnEvent(SUPPLIER, LocalDate.of(2020, 12, 1), "廃業"))
                    .when(new WithdrawSupplierCommand(SUPPLIER, LocalDate.of(2020, 12, 2), "廃業"))
                    .expectNoEvents()
                    .expectException(violationOf(null))
                    .expectExceptionMessage("The supplier already withdrew on 2020-12-01.");
        }

        @Test
        void cannotWithdrawWithoutReason() {
            fixture.given(REGISTERED)
                    .when(new WithdrawSupplierCommand(SUPPLIER, LocalDate.of(2020, 12, 1), " "))
                    .expectNoEvents()
                    .expectException(violationOf("reason"));
        }

        @Test
        void cannotWithdrawWithoutDate() {
            fixture.given(REGISTERED)
                    .when(new WithdrawSupplierCommand(SUPPLIER, null, "廃業"))
                    .expectNoEvents()
                    .expectException(violationOf("withdrawnOn"));
        }

        @Test
        void cannotWithdrawBeforeRegistration() {
            fixture.given(REGISTERED)
                    .when(new WithdrawSupplierCommand(SUPPLIER, REGISTERED_ON.minusDays(1), "廃業"))
                    .expectNoEvents()
                    .expectException(violationOf("withdrawnOn"));
        }
    }
}
