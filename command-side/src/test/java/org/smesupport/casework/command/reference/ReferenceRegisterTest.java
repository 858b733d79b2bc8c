package org.smesupport.casework.command.reference;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.reference.AssignReferenceCommand;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;
import org.smesupport.casework.api.reference.ReferenceKind;

class ReferenceRegisterTest {

    private static final String CONSULTATIONS_2020 = "reference-CONSULTATION-2020";

    private FixtureConfiguration<ReferenceRegister> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReferenceRegister.class);
    }

    @Test
    void theFirstAssignmentOfAYearCreatesItsRegisterWithNumberOne() {
        fixture.givenNoPriorActivity()
                .when(assign(ReferenceKind.CONSULTATION, 2020, "case-1"))
                .expectEvents(new ReferenceAssignedEvent(CONSULTATIONS_2020, ReferenceKind.CONSULTATION, 2020, 1,
                        "相談-2020-000001", "case-1"));
    }

    @Test
    void numbersAreConsecutiveWithinTheRegister() {
        fixture.given(assigned(ReferenceKind.CONSULTATION, 2020, 1, "case-1"),
                        assigned(ReferenceKind.CONSULTATION, 2020, 2, "case-2"))
                .when(assign(ReferenceKind.CONSULTATION, 2020, "case-3"))
                .expectEvents(new ReferenceAssignedEvent(CONSULTATIONS_2020, ReferenceKind.CONSULTATION, 2020, 3,
                        "相談-2020-000003", "case-3"));
    }

    @Test
    void aRecordNumberedAlreadyKeepsItsNumber() {
        fixture.given(assigned(ReferenceKind.CONSULTATION, 2020, 1, "case-1"),
                        assigned(ReferenceKind.CONSULTATION, 2020, 2, "case-2"))
                .when(assign(ReferenceKind.CONSULTATION, 2020, "case-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void eachKindAndYearCountsFromOneInItsOwnRegister() {
        fixture.givenNoPriorActivity()
                .when(assign(ReferenceKind.LEASE, 2019, "lease-1"))
                .expectEvents(new ReferenceAssignedEvent("reference-LEASE-2019", ReferenceKind.LEASE, 2019, 1,
                        "貸与-2019-0001", "lease-1"));
    }

    @Test
    void aNumberBeyondThePaddingKeepsAllItsDigits() {
        fixture.given(assigned(ReferenceKind.LEASE, 2021, 9999, "lease-9999"))
                .when(assign(ReferenceKind.LEASE, 2021, "lease-10000"))
                .expectEvents(new ReferenceAssignedEvent("reference-LEASE-2021", ReferenceKind.LEASE, 2021, 10000,
                        "貸与-2021-10000", "lease-10000"));
    }

    private static AssignReferenceCommand assign(ReferenceKind kind, int fiscalYear, String recordId) {
        return AssignReferenceCommand.of(kind, FiscalYear.of(fiscalYear), recordId);
    }

    private static ReferenceAssignedEvent assigned(ReferenceKind kind, int fiscalYear, long number, String recordId) {
        return new ReferenceAssignedEvent(kind.registerId(FiscalYear.of(fiscalYear)), kind, fiscalYear, number,
                kind.format(FiscalYear.of(fiscalYear), number), recordId);
    }
}
