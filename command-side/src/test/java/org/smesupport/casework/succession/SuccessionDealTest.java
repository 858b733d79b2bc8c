package org.smesupport.casework.succession;

import static org.smesupport.casework.common.RuleViolationMatcher.violationOf;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.company.CompanyId;
import org.smesupport.casework.company.CompanyRegistry;
import org.smesupport.casework.succession.SuccessionCaseRegistry.OpenedCase;

class SuccessionDealTest {

    private static final SuccessionDealId DEAL = SuccessionDealId.of("deal-1");
    private static final SuccessionCaseId SELLER_CASE = SuccessionCaseId.of("succession-seller");
    private static final SuccessionCaseId BUYER_CASE = SuccessionCaseId.of("succession-buyer");
    private static final SuccessionCaseId CLOSURE_CASE = SuccessionCaseId.of("succession-closure");
    private static final CompanyId SELLER_COMPANY = CompanyId.of("company-1");
    private static final CompanyId BUYER_COMPANY = CompanyId.of("company-2");
    private static final LocalDate CONCLUDED_ON = LocalDate.of(2021, 2, 26);
    private static final Map<SuccessionCaseId, OpenedCase> CASES = Map.of(
            SELLER_CASE, new OpenedCase(SELLER_COMPANY, SuccessionSide.SELLER, LocalDate.of(2020, 6, 1)),
            BUYER_CASE, new OpenedCase(BUYER_COMPANY, SuccessionSide.BUYER, LocalDate.of(2020, 9, 1)),
            CLOSURE_CASE, new OpenedCase(SELLER_COMPANY, SuccessionSide.CLOSURE, LocalDate.of(2020, 6, 1)));
    private static final Map<CompanyId, String> NAMES = Map.of(SELLER_COMPANY, "かながわ精工", BUYER_COMPANY, "湘南製作所");

    private FixtureConfiguration<SuccessionDeal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SuccessionDeal.class);
        fixture.registerInjectableResource((SuccessionCaseRegistry) caseId -> Optional.ofNullable(CASES.get(caseId)));
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

    private static DealParty caseParty(SuccessionCaseId caseId, boolean inPrefecture) {
        return new DealParty(caseId, null, inPrefecture);
    }

    private static DealParty outside(String name, boolean inPrefecture) {
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
                .expectExceptionMessage("The deal cannot be concluded before the buyer's case was opened on 2020-09-01.");
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, caseParty(SELLER_CASE, true), outside("東京商事", false), null))
                .expectException(violationOf("concludedOn"));
        fixture.givenNoPriorActivity()
                .when(new ConcludeSuccessionDealCommand(DEAL, null, outside("東京商事", false), CONCLUDED_ON))
                .expectException(violationOf("seller"));
    }
}
