package org.smesupport.casework.company;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CorporateNumberClaimTest {

    private static final CorporateNumber NUMBER = CorporateNumber.of("7000012050002");
    private static final String CLAIM = "corporate-number-7000012050002";
    private static final CompanyId FIRST = CompanyId.of("company-1");

    private FixtureConfiguration<CorporateNumberClaim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CorporateNumberClaim.class);
    }

    @Test
    void aCompanyRegisteredBeforeNumbersWereClaimedClaimsItsNumber() {
        fixture.givenNoPriorActivity()
                .when(new ClaimCorporateNumberCommand(CLAIM, NUMBER, FIRST))
                .expectEvents(new CorporateNumberClaimedEvent(CLAIM, NUMBER, FIRST));
    }

    @Test
    void aClaimedNumberStaysWithItsHolder() {
        fixture.given(new CorporateNumberClaimedEvent(CLAIM, NUMBER, FIRST))
                .when(new ClaimCorporateNumberCommand(CLAIM, NUMBER, CompanyId.of("company-2")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(new CorporateNumberClaimedEvent(CLAIM, NUMBER, FIRST))
                .when(new ClaimCorporateNumberCommand(CLAIM, NUMBER, FIRST))
                .expectNoEvents();
    }
}
