package org.smesupport.casework.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentFrequency;

/**
 * The equipment lease portfolio of the demo history (report section I-2): about
 * {@code contractsPerYear} contracts a year on the {@link DemoCompanies}, of ¥5–40 million, mostly
 * instalment sales, and their payments, arrears, recoveries, write-offs, deferrals and interest subsidies
 * up to today (see {@link DemoLease}).
 *
 * <p>Arrears must arise on the day they would have in reality, so everything is played in date order
 * with the close of business closing every day in between, as the centre's business date requires: the
 * run flags what is unpaid the day after it fell due, and a payment after it is a recovery.
 */
final class LeaseDemoHistory {

    /** What playing the history needs from the running application. */
    interface Desk {

        /** Sends the step's command; a refusal must fail the load. */
        void send(DemoStep step);

        /** The schedule the contract generated when it was opened. */
        List<Instalment> scheduleOf(LeaseContractId contract);

        /** Closes every business day after the last closed one up to {@code day}, as the system does. */
        void closeUpTo(LocalDate day);
    }

    private static final String[] EQUIPMENT = {"マシニングセンタ", "NC旋盤", "ファイバーレーザー加工機", "射出成形機",
            "サーボプレス機", "三次元測定機", "ワイヤー放電加工機", "産業用ロボット", "CAD/CAMシステム", "冷凍冷蔵設備",
            "オフセット印刷機", "食品包装機"};
    private static final int[] TERMS_MONTHS = {36, 48, 60, 72, 84};
    /** From FY2020 the COVID measure waived the interest of the first 36 months for some contracts. */
    private static final LocalDate INTEREST_FREE_FROM = LocalDate.of(2020, 4, 1);
    private static final int INTEREST_FREE_MONTHS = 36;
    /** Share of the firms, in percent, whose sales fell enough in a given year for an interest subsidy. */
    private static final int SALES_FELL_PERCENT = 12;
    /** Instalments fall due on the 27th, the usual direct-debit day. */
    private static final int DUE_DAY = 27;

    private final DemoDataProperties properties;
    private final LocalDate today;
    private final Map<CompanyId, SizeClass> sizes = new HashMap<>();
    private final Random random;
    private final PriorityQueue<Queued> queue = new PriorityQueue<>(
            Comparator.comparing((Queued queued) -> queued.step().date()).thenComparingLong(Queued::order));
    private long queued;

    LeaseDemoHistory(DemoDataProperties properties, LocalDate today, List<RegisterCompanyCommand> companies) {
        this.properties = properties;
        this.today = today;
        companies.forEach(company -> sizes.put(company.companyId(), company.sizeClass()));
        // its own sequence, so that the consultation volumes do not change the leases
        this.random = new Random(~properties.seed());
    }

    void play(Desk desk) {
        FiscalYear current = FiscalYear.containing(today);
        FiscalYear first = FiscalYear.of(current.startYear() - properties.fiscalYears(current) + 1);
        Map<CompanyId, List<FiscalYear>> salesFell = salesFell(first, current);
        Map<LeaseContractId, DemoLease> leases = new HashMap<>();
        for (int back = properties.fiscalYears(current) - 1; back >= 0; back--) {
            FiscalYear year = FiscalYear.of(current.startYear() - back);
            for (DemoLease lease : contracts(year, back == properties.fiscalYears(current) - 1 || back == 1, salesFell)) {
                leases.put(lease.id(), lease);
                enqueue(lease.opening());
            }
        }
        LocalDate closedUpTo = null;
        while (!queue.isEmpty()) {
            DemoStep step = queue.poll().step();
            // a step is entered on its own business date: every day before it is closed first
            LocalDate dayBefore = step.date().minusDays(1);
            if (closedUpTo == null || closedUpTo.isBefore(dayBefore)) {
                desk.closeUpTo(dayBefore);
                closedUpTo = dayBefore;
            }
            desk.send(step);
            if (step.command() instanceof OpenLeaseContractCommand open) {
                leases.get(open.contractId()).life(desk.scheduleOf(open.contractId())).forEach(this::enqueue);
            }
        }
        desk.closeUpTo(today.minusDays(1));
    }

    /**
     * The year's contracts, 75–125 % of {@code contractsPerYear}, each with how its firm will pay: at
     * least one defaulter, one late payer and one deferral a year, a bounced transfer in the years
     * {@code withBounce}, the rest punctual.
     */
    private List<DemoLease> contracts(FiscalYear year, boolean withBounce, Map<CompanyId, List<FiscalYear>> salesFell) {
        LocalDate lastDay = year.lastDay().isAfter(today) ? today : year.lastDay();
        int count = properties.contractsPerYear() * (75 + random.nextInt(51)) / 100;
        List<DemoLease.Behaviour> behaviours = new ArrayList<>();
        addTimes(behaviours, DemoLease.Behaviour.DEFAULTER, Math.max(1, (count + 10) / 20));
        addTimes(behaviours, DemoLease.Behaviour.LATE, Math.max(1, count * 15 / 100));
        behaviours.add(DemoLease.Behaviour.DEFERRED);
        if (withBounce) {
            behaviours.add(DemoLease.Behaviour.BOUNCED);
        }
        addTimes(behaviours, DemoLease.Behaviour.PUNCTUAL, count - behaviours.size());
        Collections.shuffle(behaviours, random);
        List<DemoLease> leases = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            LocalDate contractDate = year.firstDay().plusDays(random.nextLong(lastDay.toEpochDay()
                    - year.firstDay().toEpochDay() + 1));
            CompanyId company = DemoCompanies.id(1 + random.nextInt(DemoCompanies.COUNT));
            OpenLeaseContractCommand terms = terms(LeaseContractId.of("demo-lease-%s-%03d".formatted(year, n)),
                    company, contractDate);
            leases.add(new DemoLease(terms, behaviours.get(n - 1), sizes.get(company),
                    salesFell.getOrDefault(company, List.of()), today, random));
        }
        return leases;
    }

    private OpenLeaseContractCommand terms(LeaseContractId id, CompanyId company, LocalDate contractDate) {
        ContractKind kind = random.nextInt(100) < 80 ? ContractKind.INSTALMENT_SALE : ContractKind.LEASE;
        // ¥5–40 million, most contracts near the lower end, in units of ¥10,000
        long spread = random.nextInt(1001);
        long amount = (5_000_000 + 35_000L * spread * spread / 1000) / 10_000 * 10_000;
        long downPayment = kind.takesDownPayment() ? amount * random.nextInt(3) / 10 / 1000 * 1000 : 0;
        int term = TERMS_MONTHS[random.nextInt(TERMS_MONTHS.length)];
        PaymentFrequency frequency = random.nextInt(100) < 75 ? PaymentFrequency.MONTHLY : PaymentFrequency.QUARTERLY;
        int rateBasisPoints = 100 + 5 * random.nextInt(41);
        int interestFree = !contractDate.isBefore(INTEREST_FREE_FROM) && random.nextInt(100) < 30
                ? INTEREST_FREE_MONTHS : 0;
        LocalDate firstDue = contractDate.plusMonths(frequency.months()).withDayOfMonth(DUE_DAY);
        return new OpenLeaseContractCommand(id, company, kind, EQUIPMENT[random.nextInt(EQUIPMENT.length)],
                Yen.of(amount), Yen.of(downPayment), term, frequency, rateBasisPoints, interestFree, contractDate,
                firstDue);
    }

    /** For each firm, the fiscal years (oldest first) in which its sales fell. */
    private Map<CompanyId, List<FiscalYear>> salesFell(FiscalYear first, FiscalYear last) {
        Map<CompanyId, List<FiscalYear>> years = new HashMap<>();
        for (int year = first.startYear(); year <= last.startYear(); year++) {
            for (int n = 1; n <= DemoCompanies.COUNT; n++) {
                if (random.nextInt(100) < SALES_FELL_PERCENT) {
                    years.computeIfAbsent(DemoCompanies.id(n), id -> new ArrayList<>()).add(FiscalYear.of(year));
                }
            }
        }
        return years;
    }

    private void enqueue(DemoStep step) {
        queue.add(new Queued(step, queued++));
    }

    private static <T> void addTimes(List<T> list, T element, int times) {
        for (int i = 0; i < times; i++) {
            list.add(element);
        }
    }

    /** Steps of the same date run in the order they were planned: a contract's own steps stay in order. */
    private record Queued(DemoStep step, long order) {
    }
}
