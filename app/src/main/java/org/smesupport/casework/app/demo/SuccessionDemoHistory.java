package org.smesupport.casework.app.demo;

import static org.smesupport.casework.app.demo.DemoDates.after;
import static org.smesupport.casework.app.demo.DemoDates.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.succession.ConcludeSuccessionDealCommand;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.OpenSuccessionCaseCommand;
import org.smesupport.casework.api.succession.RecordSuccessionDiagnosisCommand;
import org.smesupport.casework.api.succession.RecordSuccessionPlanCommand;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.api.succession.SuccessionSide;

/**
 * The business succession (事業引継ぎ, report section I-7 (1), (2)) of the demo history: about
 * {@code successionCasesPerYear} cases a year on the {@link DemoCompanies}, sellers, buyers and closures,
 * most diagnosed, some with a plan; and deals, some between a seller and a buyer case of two demo companies,
 * others with a named counterpart outside the prefecture.
 */
final class SuccessionDemoHistory {

    private static final String[] OUTSIDE_BUYERS = {"東京の買手株式会社", "静岡精機株式会社", "埼玉ホールディングス株式会社"};
    private static final String[] OUTSIDE_SELLERS = {"山梨部品工業株式会社", "千葉金型株式会社", "東京技研株式会社"};

    private final DemoDataProperties properties;
    private final LocalDate today;
    private final Random random;
    private int deals;

    SuccessionDemoHistory(DemoDataProperties properties, LocalDate today) {
        this.properties = properties;
        this.today = today;
        this.random = new Random(properties.seed() * 31 + 7);
    }

    List<DemoStep> steps() {
        List<DemoStep> steps = new ArrayList<>();
        FiscalYear current = FiscalYear.containing(today);
        for (int back = properties.fiscalYears(current) - 1; back >= 0; back--) {
            FiscalYear year = FiscalYear.of(current.startYear() - back);
            List<OpenSuccessionCaseCommand> sellers = new ArrayList<>();
            List<OpenSuccessionCaseCommand> buyers = new ArrayList<>();
            int count = DemoDates.around(properties.successionCasesPerYear(), random);
            for (int n = 1; n <= count; n++) {
                LocalDate openedOn = DemoDates.dayIn(year, today, random);
                if (openedOn == null) {
                    break;
                }
                int roll = random.nextInt(100);
                SuccessionSide side = roll < 45 ? SuccessionSide.SELLER
                        : roll < 80 ? SuccessionSide.BUYER : SuccessionSide.CLOSURE;
                OpenSuccessionCaseCommand open = new OpenSuccessionCaseCommand(
                        SuccessionCaseId.of("demo-succession-%s-%03d".formatted(year, n)),
                        DemoCompanies.id(1 + random.nextInt(DemoCompanies.COUNT)), side, openedOn, null);
                consultation(steps, open);
                if (side == SuccessionSide.SELLER) {
                    sellers.add(open);
                } else if (side == SuccessionSide.BUYER) {
                    buyers.add(open);
                }
            }
            deals(steps, sellers, buyers);
        }
        return steps;
    }

    private void consultation(List<DemoStep> steps, OpenSuccessionCaseCommand open) {
        steps.add(DemoStep.byCaseworker(open.openedOn(), open));
        LocalDate diagnosedOn = after(open.openedOn(), 5, 30, random);
        if (random.nextInt(100) < 70 && !diagnosedOn.isAfter(today)) {
            steps.add(DemoStep.byCaseworker(diagnosedOn, new RecordSuccessionDiagnosisCommand(open.caseId(),
                    diagnosedOn)));
        }
        LocalDate plannedOn = after(open.openedOn(), 60, 150, random);
        if (random.nextInt(100) < 40 && !plannedOn.isAfter(today)) {
            steps.add(DemoStep.byCaseworker(plannedOn, new RecordSuccessionPlanCommand(open.caseId(), plannedOn)));
        }
    }

    /**
     * About a third of the year's sellers sell: the first to a buyer case of another demo company where there
     * is one, the others to outside buyers; and one buyer case a year (not the one just buying, since a case
     * concludes one deal) buys from an outside seller.
     */
    private void deals(List<DemoStep> steps, List<OpenSuccessionCaseCommand> sellers,
                       List<OpenSuccessionCaseCommand> buyers) {
        int count = Math.max(sellers.isEmpty() ? 0 : 1, sellers.size() / 3);
        OpenSuccessionCaseCommand inADeal = null;
        for (int d = 0; d < count; d++) {
            OpenSuccessionCaseCommand seller = sellers.get(d);
            OpenSuccessionCaseCommand buyer = d == 0 ? buyers.stream()
                    .filter(candidate -> !candidate.companyId().equals(seller.companyId())).findFirst().orElse(null)
                    : null;
            LocalDate from = buyer == null || buyer.openedOn().isBefore(seller.openedOn())
                    ? seller.openedOn() : buyer.openedOn();
            deal(steps, new DealParty(seller.caseId(), null, true), buyer == null
                    ? new DealParty(null, pick(OUTSIDE_BUYERS, random), false)
                    : new DealParty(buyer.caseId(), null, true), from);
            inADeal = buyer == null ? inADeal : buyer;
        }
        // a case concludes one deal: the buyer of the case-to-case deal buys nothing more
        if (!buyers.isEmpty() && buyers.get(buyers.size() - 1) != inADeal) {
            OpenSuccessionCaseCommand buyer = buyers.get(buyers.size() - 1);
            deal(steps, new DealParty(null, pick(OUTSIDE_SELLERS, random), false),
                    new DealParty(buyer.caseId(), null, true), buyer.openedOn());
        }
    }

    private void deal(List<DemoStep> steps, DealParty seller, DealParty buyer, LocalDate from) {
        LocalDate concludedOn = after(from, 60, 200, random);
        if (!concludedOn.isAfter(today)) {
            steps.add(DemoStep.byCaseworker(concludedOn, new ConcludeSuccessionDealCommand(
                    SuccessionDealId.of("demo-deal-%03d".formatted(++deals)), seller, buyer, concludedOn)));
        }
    }
}
