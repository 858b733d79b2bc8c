package org.smesupport.casework.command.common;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.ClaimUniqueValueCommand;
import org.smesupport.casework.api.common.UniqueClaimedEvent;

class UniqueClaimTest {

    private static final String CLAIM = "corporate-number-7000012050002";

    private FixtureConfiguration<UniqueClaim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UniqueClaim.class);
    }

    @Test
    void aRecordFromBeforeValuesWereClaimedClaimsItsValue() {
        fixture.givenNoPriorActivity()
                .when(new ClaimUniqueValueCommand(CLAIM, "company-1"))
                .expectEvents(new UniqueClaimedEvent(CLAIM, "company-1"));
    }

    @Test
    void aClaimedValueStaysWithItsHolder() {
        fixture.given(new UniqueClaimedEvent(CLAIM, "company-1"))
                .when(new ClaimUniqueValueCommand(CLAIM, "company-2"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(new UniqueClaimedEvent(CLAIM, "company-1"))
                .when(new ClaimUniqueValueCommand(CLAIM, "company-1"))
                .expectNoEvents();
    }
}
