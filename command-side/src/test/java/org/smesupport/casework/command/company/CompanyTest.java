package org.smesupport.casework.command.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositoryProvider;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.UniqueClaimedEvent;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyRegisteredEvent;
import org.smesupport.casework.api.company.CompanyUpdatedEvent;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.IdentityDocument;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.company.UpdateCompanyCommand;
import org.smesupport.casework.command.common.AlreadyRegistered;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.common.UniqueClaim;

class CompanyTest {

    private static final CompanyId ID = CompanyId.of("company-1");
    /** The National Tax Agency's own corporate number: a real one with a valid check digit. */
    private static final CorporateNumber NUMBER = CorporateNumber.of("7000012050002");
    private static final CompanyRegisteredEvent REGISTERED = new CompanyRegisteredEvent(ID, NUMBER, "株式会社かながわ精工",
            Industry.MANUFACTURING, "川崎市", SizeClass.SMALL, null);

    private static final CompanyRegisteredEvent SOLE_PROPRIETOR = new CompanyRegisteredEvent(ID, null, "山田製作所",
            Industry.MANUFACTURING, "小田原市", SizeClass.SOLE_PROPRIETOR, IdentityDocument.OPENING_NOTICE);

    private final Map<CorporateNumber, CompanyId> holders = new HashMap<>();
    /** The claims' own store: the fixture records the company's events only. */
    private final EventStore claims = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private FixtureConfiguration<Company> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Company.class);
        fixture.registerInjectableResource((CorporateNumberRegistry) number -> Optional.ofNullable(holders.get(number)));
        fixture.registerRepositoryProvider(new RepositoryProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Repository<T> repositoryFor(Class<T> aggregateType) {
                return (Repository<T>) EventSourcingRepository.builder(UniqueClaim.class)
                        .eventStore(claims).build();
            }
        });
    }

    @Test
    void registersCompanyAndClaimsItsCorporateNumber() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "株式会社かながわ精工", Industry.MANUFACTURING, "川崎市",
                        SizeClass.SMALL, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGISTERED);
        assertThat(claims.readEvents("corporate-number-7000012050002").asStream().<Object>map(DomainEventMessage::getPayload))
                .containsExactly(new UniqueClaimedEvent("corporate-number-7000012050002", "company-1"));
    }

    @Test
    void aCorporateNumberHeldByAnotherCompanyIsAConflictNamingIt() {
        holders.put(NUMBER, CompanyId.of("company-0"));
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "株式会社かながわ精工", Industry.MANUFACTURING, "川崎市",
                        SizeClass.SMALL, null))
                .expectNoEvents()
                .expectException(AlreadyRegistered.class)
                .expectExceptionMessage("Corporate number 7000012050002 is registered already, to company company-0.");
    }

    @Test
    void aSoleProprietorWithoutCorporateNumberIsRegisteredOnTheDocumentChecked() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, null, "山田製作所", Industry.MANUFACTURING, "小田原市",
                        SizeClass.SOLE_PROPRIETOR, IdentityDocument.OPENING_NOTICE))
                .expectEvents(SOLE_PROPRIETOR);
        assertThat(claims.readEvents("corporate-number-7000012050002").hasNext()).isFalse();
    }

    @Test
    void aSoleProprietorWithoutCorporateNumberNeedsTheDocument() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, null, "山田製作所", Industry.MANUFACTURING, "小田原市",
                        SizeClass.SOLE_PROPRIETOR, null))
                .expectNoEvents()
                .expectException(violationOf("identityDocument"));
    }

    @Test
    void aCorporateNumberAndAnIdentityDocumentAreOneOrTheOther() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "株式会社かながわ精工", Industry.MANUFACTURING, "川崎市",
                        SizeClass.SMALL, IdentityDocument.TAX_RETURN))
                .expectNoEvents()
                .expectException(violationOf("identityDocument"));
    }

    @Test
    void aSoleProprietorWithoutCorporateNumberCannotBecomeAFirmByAnUpdate() {
        fixture.given(SOLE_PROPRIETOR)
                .when(new UpdateCompanyCommand(ID, "株式会社山田製作所", Industry.MANUFACTURING, "小田原市", SizeClass.MICRO,
                        null))
                .expectNoEvents()
                .expectException(violationOf("sizeClass"));
    }

    @Test
    void cannotRegisterWithoutCorporateNumber() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, null, "名前", Industry.RETAIL, "横浜市", SizeClass.MICRO, null))
                .expectNoEvents()
                .expectException(violationOf("corporateNumber"));
    }

    @Test
    void cannotRegisterWithBlankName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "  ", Industry.RETAIL, "横浜市", SizeClass.MICRO, null))
                .expectNoEvents()
                .expectException(violationOf("name"))
                .expectExceptionMessage("The company name must not be blank.");
    }

    @Test
    void cannotRegisterWithNameLongerThan200Characters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "x".repeat(201), Industry.RETAIL, "横浜市", SizeClass.MICRO, null))
                .expectNoEvents()
                .expectException(violationOf("name"));
    }

    @Test
    void registersNameOfExactly200Characters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "x".repeat(200), Industry.RETAIL, "横浜市", SizeClass.MICRO, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void keepsTheNamesReadingAndTakesABlankOneForNone() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "名前", Industry.RETAIL, "横浜市", SizeClass.MICRO, null,
                        "ナマエ"))
                .expectEvents(new CompanyRegisteredEvent(ID, NUMBER, "名前", Industry.RETAIL, "横浜市", SizeClass.MICRO,
                        null, "ナマエ"));
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "名前", Industry.RETAIL, "横浜市", SizeClass.MICRO, null,
                        " "))
                .expectEvents(new CompanyRegisteredEvent(ID, NUMBER, "名前", Industry.RETAIL, "横浜市", SizeClass.MICRO,
                        null, null));
    }

    @Test
    void cannotRegisterWithAReadingLongerThan200Characters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "名前", Industry.RETAIL, "横浜市", SizeClass.MICRO, null,
                        "ア".repeat(201)))
                .expectNoEvents()
                .expectException(violationOf("kana"));
    }

    @Test
    void cannotRegisterWithoutIndustry() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "名前", null, "横浜市", SizeClass.MICRO, null))
                .expectNoEvents()
                .expectException(violationOf("industry"));
    }

    @Test
    void cannotRegisterWithBlankMunicipality() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "名前", Industry.RETAIL, "", SizeClass.MICRO, null))
                .expectNoEvents()
                .expectException(violationOf("municipality"));
    }

    @Test
    void cannotRegisterWithoutSizeClass() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompanyCommand(ID, NUMBER, "名前", Industry.RETAIL, "横浜市", null, null))
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
