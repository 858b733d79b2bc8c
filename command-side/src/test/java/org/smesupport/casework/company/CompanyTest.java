package org.smesupport.casework.company;

import static org.smesupport.casework.common.RuleViolationMatcher.violationOf;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.common.BusinessRuleViolation;
import org.smesupport.casework.common.CommandResult;

class CompanyTest {

    private static final CompanyId ID = CompanyId.of("company-1");
    /** The National Tax Agency's own corporate number: a real one with a valid check digit. */
    private static final CorporateNumber NUMBER = CorporateNumber.of("7000012050002");
    private static final CompanyRegisteredEvent REGISTERED = new CompanyRegisteredEvent(ID, NUMBER, "株式会社かながわ精工",
            Industry.MANUFACTURING, "川崎市", SizeClass.SMALL);

    private FixtureConfiguration<Company> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Company.class);
    }

    @Test
    void registersCompany() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "株式会社かながわ精工", Industry.MANUFACTURING, "川崎市",
                        SizeClass.SMALL))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGISTERED);
    }

    @Test
    void cannotRegisterWithoutCorporateNumber() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, null, "名前", Industry.RETAIL, "横浜市", SizeClass.MICRO))
                .expectNoEvents()
                .expectException(violationOf("corporateNumber"));
    }

    @Test
    void cannotRegisterWithBlankName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "  ", Industry.RETAIL, "横浜市", SizeClass.MICRO))
                .expectNoEvents()
                .expectException(violationOf("name"))
                .expectExceptionMessage("The company name must not be blank.");
    }

    @Test
    void cannotRegisterWithNameLongerThan200Characters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "x".repeat(201), Industry.RETAIL, "横浜市", SizeClass.MICRO))
                .expectNoEvents()
                .expectException(violationOf("name"));
    }

    @Test
    void registersNameOfExactly200Characters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "x".repeat(200), Industry.RETAIL, "横浜市", SizeClass.MICRO))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRegisterWithoutIndustry() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "名前", null, "横浜市", SizeClass.MICRO))
                .expectNoEvents()
                .expectException(violationOf("industry"));
    }

    @Test
    void cannotRegisterWithBlankMunicipality() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "名前", Industry.RETAIL, "", SizeClass.MICRO))
                .expectNoEvents()
                .expectException(violationOf("municipality"));
    }

    @Test
    void cannotRegisterWithoutSizeClass() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "名前", Industry.RETAIL, "横浜市", null))
                .expectNoEvents()
                .expectException(violationOf("sizeClass"));
    }

    @Test
    void updatesCompanyAndReturnsTheNewVersion() {
        fixture.given(REGISTERED)
                .when(new UpdateCompanyCommand(ID, "株式会社かながわ精工", Industry.MANUFACTURING, "相模原市", SizeClass.SMALL,
                        null))
                .expectEvents(new CompanyUpdatedEvent(ID, "株式会社かながわ精工", Industry.MANUFACTURING, "相模原市",
                        SizeClass.SMALL))
                .expectResultMessagePayload(new CommandResult("company-1", 1));
    }

    @Test
    void acceptsUpdateThatChangesNothingWithoutRecordingIt() {
        fixture.given(REGISTERED,
                        new CompanyUpdatedEvent(ID, "株式会社かながわ精工", Industry.MANUFACTURING, "相模原市", SizeClass.SMALL))
                .when(new UpdateCompanyCommand(ID, "株式会社かながわ精工", Industry.MANUFACTURING, "相模原市", SizeClass.SMALL,
                        1L))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("company-1", 1));
    }

    @Test
    void cannotUpdateWithBlankName() {
        fixture.given(REGISTERED)
                .when(new UpdateCompanyCommand(ID, null, Industry.MANUFACTURING, "川崎市", SizeClass.SMALL, null))
                .expectNoEvents()
                .expectException(violationOf("name"));
    }

    @Test
    void cannotUpdateWithoutSizeClass() {
        fixture.given(REGISTERED)
                .when(new UpdateCompanyCommand(ID, "名前", Industry.MANUFACTURING, "川崎市", null, null))
                .expectNoEvents()
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void cannotUpdateFromAnOutdatedVersion() {
        fixture.given(REGISTERED, new CompanyUpdatedEvent(ID, "新名称", Industry.MANUFACTURING, "川崎市", SizeClass.SMALL))
                .when(new UpdateCompanyCommand(ID, "別名称", Industry.MANUFACTURING, "川崎市", SizeClass.SMALL, 0L))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }
}
