package org.smesupport.casework.command.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositoryProvider;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.UniqueClaimedEvent;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.succession.ConcludeSuccessionDealCommand;
import org.smesupport.casework.api.succession.CorrectSuccessionDealCommand;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionDealConcludedEvent;
import org.smesupport.casework.api.succession.SuccessionDealCorrectedEvent;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.command.common.AlreadyRegistered;
import org.smesupport.casework.command.common.UniqueClaim;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.fiscalyear.ClosedFiscalYears;
import org.smesupport.casework.command.fiscalyear.FiscalYearClosures;
import org.smesupport.casework.command.succession.SuccessionCaseRegistry.OpenedCase;

class SuccessionDealTest {

    private static final SuccessionDealId DEAL = SuccessionDealId.of("deal-1");
    private static final SuccessionCaseId SELLER_CASE = SuccessionCaseId.of("succession-seller");
    private static final SuccessionCaseId BUYER_CASE = SuccessionCaseId.of("succession-buyer");
    private static final SuccessionCaseId CLOSURE_CASE = SuccessionCaseId.of("succession-closure");
    private static final CompanyId SELLER_COMPANY = CompanyId.of("company-1");
    private static final CompanyId BUYER_COMPANY = CompanyId.of("company-2");
    private static final LocalDate CONCLUDED_ON = LocalDate.of(2021, 2, 26);
    private static final SuccessionCaseId OLD_CASE = SuccessionCaseId.of("succession-old");
    private static final Map<SuccessionCaseId, OpenedCase> CASES = Map.of(
            SELLER_CASE, new OpenedCase(SELLER_COMPANY, SuccessionSide.SELLER, LocalDate.of(2020, 6, 1), true),
            BUYER_CASE, new OpenedCase(BUYER_COMPANY, SuccessionSide.BUYER, LocalDate.of(2020, 9, 1), true),
            CLOSURE_CASE, new OpenedCase(SELLER_COMPANY, SuccessionSide.CLOSURE, LocalDate.of(2020, 6, 1), true),
            OLD_CASE, new OpenedCase(BUYER_COMPANY, SuccessionSide.BUYER, LocalDate.of(2020, 6, 1), null));
    private static final Map<CompanyId, String> NAMES = Map.of(SELLER_COMPANY, "かながわ精工", BUYER_COMPANY, "湘南製作所");

    private final Map<SuccessionCaseId, SuccessionDealId> deals = new HashMap<>();
    private final Map<FiscalYear, FiscalYearClosures.Closure> closedYears = new HashMap<>();
    /** The claims' own store: the fixture records the deal's events only. */
    private final EventStore claims = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private FixtureConfiguration<SuccessionDeal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SuccessionDeal.class);
        fixture.registerInjectableResource(new SuccessionCaseRegistry() {
            @Override
            public Optional<OpenedCase> caseOf(SuccessionCaseId caseId) {
                return Optional.ofNullable(CASES.get(caseId));
            }

            @Override
            public Optional<SuccessionDealId> dealOf(SuccessionCaseId caseId) {
                return Optional.ofNullable(deals.get(caseId));
            }
        });
        fixture.registerInjectableResource((ClosedFiscalYears) year -> Optional.ofNullable(closedYears.get(year)));
        fixture.registerRepositoryProvider(new RepositoryProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Repository<T> repositoryFor(Class<T> aggregateType) {
                return (Repository<T>) EventSourcingRepository.builder(UniqueClaim.class)
                        .eventStore(claims).build();
            }
        });
        fixture.registerInjectableResource(new CompanyRegistry() {
            @Override
            public boolean isRegistered(CompanyId companyId) {
                return NAMES.containsKey(companyId);
            }

            @Override
            public Optional<String> nameOf(CompanyId companyId) {
                return Optional.ofNullable(NAMES.get(companyId));
            }
        });
    }

    private static DealParty caseParty(SuccessionCaseId caseId, Boolean inPrefecture) {
        return new DealParty(caseId, null, inPrefecture);
    }

    private static DealParty outside(String name, Boolean inPrefecture) {
        return new DealParty(null, name, inPrefecture);
    }

    @Test
    void dealBetweenTwoInPrefectureCasesCountsTwoHalvesWithTheCompaniesNames() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, caseParty(SELLER_CASE, true), caseParty(BUYER_CASE, true),
                        CONCLUDED_ON))
                .expectEvents(new SuccessionDealConcludedEvent(DEAL, new DealParty(SELLER_CASE, "かながわ精工", true),
                        new DealParty(BUYER_CASE, "湘南製作所", true), CONCLUDED_ON, 2));
    }

    @Test
    void aCasePartyIsInThePrefectureAsItsCaseRecordsAndIsClaimedForTheDeal() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, caseParty(SELLER_CASE, null), outside("東京商事", false),
                        CONCLUDED_ON))
                .expectEvents(new SuccessionDealConcludedEvent(DEAL, new DealParty(SELLER_CASE, "かながわ精工", true),
                        outside("東京商事", false), CONCLUDED_ON, 1));
        assertThat(claims.readEvents("succession-deal-of-succession-seller").asStream()
                .<Object>map(DomainEventMessage::getPayload))
                .containsExactly(new UniqueClaimedEvent("succession-deal-of-succession-seller", "deal-1"));
    }

    @Test
    void theClientsWordDoesNotOverrideTheCasesRecord() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, caseParty(SELLER_CASE, false), outside("東京商事", false),
                        CONCLUDED_ON))
                .expectNoEvents()
                .expectException(violationOf("seller.inPrefecture"))
                .expectExceptionMessage("Case succession-seller records the firm as in the prefecture; the deal takes "
                        + "that from the case.");
    }

    @Test
    void aCaseOpenedBeforeItRecordedTheFirmsPlaceTakesTheCaseworkersWord() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, outside("東京商事", false), caseParty(OLD_CASE, null),
                        CONCLUDED_ON))
                .expectNoEvents()
                .expectException(violationOf("buyer.inPrefecture"));
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, outside("東京商事", false), caseParty(OLD_CASE, false),
                        CONCLUDED_ON))
                .expectEvents(new SuccessionDealConcludedEvent(DEAL, outside("東京商事", false),
                        new DealParty(OLD_CASE, "湘南製作所", false), CONCLUDED_ON, 0));
    }

    @Test
    void aCaseConcludesOneDeal() {
        deals.put(BUYER_CASE, SuccessionDealId.of("deal-0"));
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, caseParty(SELLER_CASE, true), caseParty(BUYER_CASE, true),
                        CONCLUDED_ON))
                .expectNoEvents()
                .expectException(AlreadyRegistered.class)
                .expectExceptionMessage("Case succession-buyer is party to deal deal-0 already; a case concludes one deal.");
    }

    @Test
    void aCounterpartNeedsToSayWhetherItIsInThePrefecture() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, caseParty(SELLER_CASE, true), outside("東京商事", null),
                        CONCLUDED_ON))
                .expectNoEvents()
                .expectException(violationOf("buyer.inPrefecture"));
    }

    private static final SuccessionDealConcludedEvent CONCLUDED = new SuccessionDealConcludedEvent(DEAL,
            new DealParty(SELLER_CASE, "かながわ精工", true), outside("東京商事", false), CONCLUDED_ON, 1);

    private static CorrectSuccessionDealCommand correct(DealParty seller, DealParty buyer, LocalDate concludedOn) {
        return new CorrectSuccessionDealCommand(DEAL, seller, buyer, concludedOn, "記入誤り", LocalDate.of(2021, 3, 10));
    }

    @Test
    void aCorrectionRestatesTheDealWithItsReasonAndWhatItReplaces() {
        deals.put(SELLER_CASE, DEAL);
        fixture.given(CONCLUDED)
                .when(correct(caseParty(SELLER_CASE, null), outside("横浜商事", true), CONCLUDED_ON.minusDays(2)))
                .expectEvents(new SuccessionDealCorrectedEvent(DEAL, new DealParty(SELLER_CASE, "かながわ精工", true),
                        outside("横浜商事", true), CONCLUDED_ON.minusDays(2), 2, CONCLUDED_ON, 1, "記入誤り",
                        LocalDate.of(2021, 3, 10)));
    }

    @Test
    void aCorrectionKeepsTheDealsCasesAndChangesSomething() {
        deals.put(SELLER_CASE, DEAL);
        fixture.given(CONCLUDED)
                .when(correct(caseParty(BUYER_CASE, null), outside("東京商事", false), CONCLUDED_ON))
                .expectNoEvents()
                .expectException(violationOf("seller.caseId"));
        fixture.given(CONCLUDED)
                .when(correct(caseParty(SELLER_CASE, null), outside("東京商事", false), CONCLUDED_ON))
                .expectNoEvents()
                .expectException(violationOf(null))
                .expectExceptionMessage("The correction changes nothing.");
        fixture.given(CONCLUDED)
                .when(new CorrectSuccessionDealCommand(DEAL, caseParty(SELLER_CASE, null), outside("横浜商事", true),
                        CONCLUDED_ON, " ", LocalDate.of(2021, 3, 10)))
                .expectException(violationOf("reason"));
    }

    @Test
    void aDealConcludedInAClosedYearIsNotCorrected() {
        deals.put(SELLER_CASE, DEAL);
        closedYears.put(FiscalYear.of(2020), new FiscalYearClosures.Closure(2020, LocalDate.of(2021, 5, 10),
                "supervisor", "決算承認", Instant.parse("2021-05-10T01:00:00Z"), 0));
        fixture.given(CONCLUDED)
                .when(new CorrectSuccessionDealCommand(DEAL, caseParty(SELLER_CASE, null), outside("横浜商事", true),
                        LocalDate.of(2021, 4, 2), "記入誤り", LocalDate.of(2021, 6, 1)))
                .expectNoEvents()
                .expectException(violationOf("dealId"));
    }

    @Test
    void dealWithAnOutOfPrefectureCounterpartCountsOneHalf() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, caseParty(SELLER_CASE, true), outside("東京商事", false),
                        CONCLUDED_ON))
                .expectEvents(new SuccessionDealConcludedEvent(DEAL, new DealParty(SELLER_CASE, "かながわ精工", true),
                        outside("東京商事", false), CONCLUDED_ON, 1));
    }

    @Test
    void dealBetweenTwoOutsideFirmsOutOfPrefectureCountsNothing() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, outside("東京商事", false), outside("大阪工業", false),
                        CONCLUDED_ON))
                .expectEvents(new SuccessionDealConcludedEvent(DEAL, outside("東京商事", false), outside("大阪工業", false),
                        CONCLUDED_ON, 0));
    }

    @Test
    void sellerMustBeASellerCase() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, caseParty(BUYER_CASE, true), outside("東京商事", false),
                        CONCLUDED_ON))
                .expectNoEvents()
                .expectException(violationOf("seller.caseId"))
                .expectExceptionMessage("Case succession-buyer consults on the 譲受 (BUYER) side; the seller must be a "
                        + "譲渡 (SELLER) case.");
    }

    @Test
    void buyerMustBeABuyerCase() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, outside("東京商事", false), caseParty(CLOSURE_CASE, true),
                        CONCLUDED_ON))
                .expectNoEvents()
                .expectException(violationOf("buyer.caseId"));
    }

    @Test
    void cannotNameTheSameCaseTwice() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, caseParty(SELLER_CASE, true), caseParty(SELLER_CASE, true),
                        CONCLUDED_ON))
                .expectNoEvents()
                .expectException(violationOf("buyer.caseId"))
                .expectExceptionMessage("Case succession-seller cannot be both seller and buyer of the deal.");
    }

    @Test
    void cannotNameAnUnknownCase() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, caseParty(SuccessionCaseId.of("nothing"), true),
                        outside("東京商事", false), CONCLUDED_ON))
                .expectNoEvents()
                .expectException(violationOf("seller.caseId"))
                .expectExceptionMessage("No succession case nothing is open.");
    }

    @Test
    void outsidePartyNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, caseParty(SELLER_CASE, true), outside(" ", true),
                        CONCLUDED_ON))
                .expectNoEvents()
                .expectException(violationOf("buyer.name"));
    }

    @Test
    void partyIsEitherACaseOrANameNotBoth() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, new DealParty(SELLER_CASE, "別名", true),
                        outside("東京商事", false), CONCLUDED_ON))
                .expectNoEvents()
                .expectException(violationOf("seller.name"));
    }

    @Test
    void cannotConcludeBeforeACaseWasOpenedOrWithoutDateOrParty() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, caseParty(SELLER_CASE, true), caseParty(BUYER_CASE, true),
                        LocalDate.of(2020, 8, 31)))
                .expectNoEvents()
                .expectException(violationOf("concludedOn"))
                .expectExceptionMessage("The deal cannot be concluded before the buyer’s case was opened on 2020-09-01.");
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, caseParty(SELLER_CASE, true), outside("東京商事", false), null))
                .expectException(violationOf("concludedOn"));
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, null, outside("東京商事", false), CONCLUDED_ON))
                .expectException(violationOf("seller"));
    }
}
