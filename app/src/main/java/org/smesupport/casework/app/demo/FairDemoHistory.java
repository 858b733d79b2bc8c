package org.smesupport.casework.app.demo;

import static org.smesupport.casework.app.demo.DemoDates.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.matching.FairFormat;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.PlanMatchingFairCommand;
import org.smesupport.casework.api.matching.RecordFairMeetingCommand;
import org.smesupport.casework.api.matching.RecordFairSatisfactionCommand;
import org.smesupport.casework.api.matching.RegisterFairParticipantCommand;
import org.smesupport.casework.api.matching.RegisterSupplierCommand;

/**
 * The matching fairs (商談会) of the demo history: about {@code fairsPerYear} a year (one fewer to one more),
 * in person until FY2019 and online from FY2020, each planned a month ahead with ordering firms by name and
 * registered suppliers, their meetings and the participants' satisfaction answers. Every fair has ended by
 * today.
 */
final class FairDemoHistory {

    private static final int ONLINE_FROM = 2020;
    private static final String[] AREAS = {"横須賀", "川崎", "相模原", "県央", "湘南", "県西"};
    private static final String[] PARTNERS = {"横須賀商工会議所", "川崎市産業振興財団", "さがみはら産業創造センター",
            "厚木商工会議所", "湘南信用金庫", "横浜銀行"};
    private static final String[] ORDERING_FIRMS = {"発注A社", "発注B社", "発注C社", "発注D社", "発注E社", "発注F社",
            "発注G社", "発注H社"};

    private final DemoDataProperties properties;
    private final LocalDate today;
    private final Map<CompanyId, String> names = new HashMap<>();
    private final List<RegisterSupplierCommand> suppliers;
    private final Random random;

    FairDemoHistory(DemoDataProperties properties, LocalDate today, List<RegisterCompanyCommand> companies,
                    List<RegisterSupplierCommand> suppliers, Random random) {
        this.properties = properties;
        this.today = today;
        companies.forEach(company -> names.put(company.companyId(), company.name()));
        this.suppliers = suppliers;
        this.random = random;
    }

    List<DemoStep> steps(FiscalYear first, FiscalYear current) {
        List<DemoStep> steps = new ArrayList<>();
        for (int year = first.startYear(); year <= current.startYear(); year++) {
            int count = properties.fairsPerYear() <= 0 ? 0
                    : Math.max(1, properties.fairsPerYear() - 1 + random.nextInt(3));
            for (int n = 1; n <= count; n++) {
                fair(steps, FiscalYear.of(year), n);
            }
        }
        return steps;
    }

    private void fair(List<DemoStep> steps, FiscalYear year, int n) {
        FairFormat format = year.startYear() >= ONLINE_FROM ? FairFormat.ONLINE : FairFormat.IN_PERSON;
        int days = format == FairFormat.ONLINE ? 7 + random.nextInt(8) : 1 + random.nextInt(2);
        LocalDate startsOn = DemoDates.between(year.firstDay(), DemoDates.lastDay(year, today).minusDays(days - 1),
                random);
        if (startsOn == null) {
            return;
        }
        LocalDate endsOn = startsOn.plusDays(days - 1);
        LocalDate plannedOn = startsOn.minusDays(30);
        List<RegisterSupplierCommand> registered = new ArrayList<>(suppliers.stream()
                .filter(supplier -> supplier.registeredOn().isBefore(startsOn)).toList());
        if (registered.isEmpty()) {
            return;
        }
        MatchingFairId id = MatchingFairId.of("demo-fair-%s-%d".formatted(year, n));
        String area = pick(AREAS, random);
        String name = (format == FairFormat.ONLINE ? "オンライン商談会" : "商談会") + "（重点エリア：" + area + "）";
        steps.add(DemoStep.byCaseworker(plannedOn, new PlanMatchingFairCommand(id, name, startsOn, endsOn, format, area,
                List.of(pick(PARTNERS, random)))));
        List<String> ordering = new ArrayList<>();
        int orderingCount = 3 + random.nextInt(5);
        for (int o = 1; o <= orderingCount && o <= ORDERING_FIRMS.length; o++) {
            ordering.add("o" + o);
            steps.add(DemoStep.byCaseworker(plannedOn, new RegisterFairParticipantCommand(id, "o" + o,
                    FairSide.ORDERING, ORDERING_FIRMS[o - 1], null)));
        }
        Collections.shuffle(registered, random);
        List<String> supplying = new ArrayList<>();
        int supplyingCount = Math.min(registered.size(), 4 + random.nextInt(8));
        for (int s = 1; s <= supplyingCount; s++) {
            CompanyId company = registered.get(s - 1).companyId();
            supplying.add("s" + s);
            steps.add(DemoStep.byCaseworker(plannedOn, new RegisterFairParticipantCommand(id, "s" + s,
                    FairSide.SUPPLYING, names.get(company), company)));
        }
        int meeting = 0;
        for (String orderingFirm : ordering) {
            int meetings = 2 + random.nextInt(3);
            for (int m = 0; m < meetings; m++) {
                LocalDate heldOn = startsOn.plusDays(random.nextInt(days));
                steps.add(DemoStep.byCaseworker(heldOn, new RecordFairMeetingCommand(id, "m" + ++meeting, orderingFirm,
                        supplying.get(random.nextInt(supplying.size())), heldOn)));
            }
        }
        List<String> participants = new ArrayList<>(ordering);
        participants.addAll(supplying);
        for (String participant : participants) {
            if (random.nextInt(100) < 80) {
                steps.add(DemoStep.byCaseworker(endsOn,
                        new RecordFairSatisfactionCommand(id, participant, random.nextInt(100) < 75)));
            }
        }
    }
}
