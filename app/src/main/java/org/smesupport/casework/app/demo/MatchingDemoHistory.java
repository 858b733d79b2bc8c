package org.smesupport.casework.app.demo;

import static org.smesupport.casework.app.demo.DemoDates.after;
import static org.smesupport.casework.app.demo.DemoDates.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.matching.ApproveReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.IntroduceSupplierCommand;
import org.smesupport.casework.api.matching.MarkOrderRequestFilledCommand;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.ReceiveOrderRequestCommand;
import org.smesupport.casework.api.matching.RecordReferralOutcomeCommand;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.RegisterSupplierCommand;
import org.smesupport.casework.api.matching.RequestReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.api.matching.UpdateSupplierProfileCommand;
import org.smesupport.casework.api.matching.WithdrawOrderRequestCommand;

/**
 * The business matching of the demo history (report section I-3): {@code suppliers} of the
 * {@link DemoCompanies} registered as suppliers (half of them in the first year, the rest spread over the
 * later ones), about {@code orderRequestsPerYear} order requests a year with one to three introductions
 * each, most followed by an outcome in the same fiscal year (about 30 % concluded, ¥0.3–5 million), one
 * correction a year, a few requests withdrawn or filled; and the matching fairs ({@link FairDemoHistory}).
 */
final class MatchingDemoHistory {

    private static final String[] ORDERING_FIRMS = {"大手機械株式会社", "京浜重工業株式会社", "横浜自動車部品株式会社",
            "湘南医療機器株式会社", "川崎半導体装置株式会社", "相模ロボティクス株式会社", "みなとみらい電機株式会社",
            "厚木精密株式会社", "東京航空機器株式会社", "神奈川環境設備株式会社"};
    private static final String[] WORK = {"試作部品の加工", "量産部品の板金加工", "筐体の設計・製作", "治具の製作",
            "制御基板の実装", "装置の組立", "表面処理の外注先", "検査ソフトウェアの開発"};
    private static final String[] EQUIPMENT = {"5軸マシニングセンタ", "NC旋盤", "ファイバーレーザー加工機", "ベンダー",
            "射出成形機", "三次元測定機", "チップマウンター", "CAD/CAMシステム"};
    private static final String[] NOT_CONCLUDED = {"価格が折り合わず", "納期に対応できず", "発注企業の計画が中止",
            "品質要求を満たせず", "他社に発注"};
    private static final Region[] REGIONS = {Region.YOKOHAMA, Region.KAWASAKI, Region.SAGAMIHARA,
            Region.YOKOSUKA_MIURA, Region.SHONAN, Region.KENOU, Region.KENSEI};

    private final DemoDataProperties properties;
    private final LocalDate today;
    private final List<RegisterCompanyCommand> companies;
    private final Random random;
    private final List<RegisterSupplierCommand> registrations = new ArrayList<>();

    MatchingDemoHistory(DemoDataProperties properties, LocalDate today, List<RegisterCompanyCommand> companies) {
        this.properties = properties;
        this.today = today;
        this.companies = companies;
        // its own sequence, so that the other programmes' volumes do not change the matching
        this.random = new Random(properties.seed() * 31 + 3);
    }

    List<DemoStep> steps() {
        FiscalYear current = FiscalYear.containing(today);
        FiscalYear first = FiscalYear.of(current.startYear() - properties.fiscalYears(current) + 1);
        List<DemoStep> steps = new ArrayList<>(suppliers(first, current));
        for (int year = first.startYear(); year <= current.startYear(); year++) {
            steps.addAll(orderRequests(FiscalYear.of(year)));
        }
        steps.addAll(new FairDemoHistory(properties, today, companies, registrations, random).steps(first, current));
        return steps;
    }

    private List<DemoStep> suppliers(FiscalYear first, FiscalYear current) {
        List<DemoStep> steps = new ArrayList<>();
        List<RegisterCompanyCommand> shuffled = new ArrayList<>(companies);
        Collections.shuffle(shuffled, random);
        int count = Math.min(properties.suppliers(), shuffled.size());
        for (int n = 0; n < count; n++) {
            CompanyId company = shuffled.get(n).companyId();
            FiscalYear year = n % 2 == 0 || first.equals(current) ? first
                    : FiscalYear.of(first.startYear() + 1 + random.nextInt(current.startYear() - first.startYear()));
            LocalDate registeredOn = DemoDates.dayIn(year, today, random);
            if (registeredOn == null) {
                continue;
            }
            RegisterSupplierCommand registration = new RegisterSupplierCommand(
                    SupplierId.forCompany(company), company, profile(), registeredOn);
            registrations.add(registration);
            steps.add(DemoStep.byCaseworker(registeredOn, registration));
            LocalDate surveyedOn = registeredOn.plusYears(1).plusDays(random.nextInt(60));
            if (random.nextInt(100) < 40 && !surveyedOn.isAfter(today)) {
                steps.add(DemoStep.byCaseworker(surveyedOn,
                        new UpdateSupplierProfileCommand(registration.supplierId(), profile(), surveyedOn, null)));
            }
        }
        return steps;
    }

    private SupplierProfile profile() {
        Set<Process> processes = some(Process.values(), 1 + random.nextInt(3));
        processes.remove(Process.OTHER);
        if (processes.isEmpty()) {
            processes.add(Process.MACHINING);
        }
        Set<Certification> certifications = random.nextInt(100) < 30
                ? EnumSet.noneOf(Certification.class) : some(Certification.values(), 1 + random.nextInt(2));
        List<String> equipment = new ArrayList<>(new LinkedHashSet<>(List.of(pick(EQUIPMENT, random),
                pick(EQUIPMENT, random))));
        Region region = random.nextInt(100) < 5 ? Region.OUT_OF_PREFECTURE : pick(REGIONS, random);
        return new SupplierProfile(processes, equipment, certifications, 10 * (2 + random.nextInt(29)), region,
                some(FocusField.values(), random.nextInt(3)));
    }

    private List<DemoStep> orderRequests(FiscalYear year) {
        List<DemoStep> steps = new ArrayList<>();
        int count = DemoDates.around(properties.orderRequestsPerYear(), random);
        boolean corrected = false;
        for (int n = 1; n <= count; n++) {
            LocalDate receivedOn = DemoDates.dayIn(year, today, random);
            if (receivedOn == null) {
                break;
            }
            OrderRequestId id = OrderRequestId.of("demo-order-%s-%03d".formatted(year, n));
            Set<Process> processes = some(Process.values(), 1 + random.nextInt(2));
            OrderRequestDetails details = new OrderRequestDetails(pick(ORDERING_FIRMS, random), pick(REGIONS, random),
                    pick(WORK, random), processes, 1 + random.nextInt(500), after(receivedOn, 30, 150, random),
                    random.nextBoolean() ? Yen.of(100_000L * (5 + random.nextInt(96))) : null,
                    random.nextBoolean() ? pick(REGIONS, random) : null,
                    random.nextInt(100) < 25 ? EnumSet.of(pick(Certification.values(), random))
                            : EnumSet.noneOf(Certification.class),
                    random.nextBoolean() ? pick(FocusField.values(), random) : null);
            steps.add(DemoStep.byCaseworker(receivedOn, new ReceiveOrderRequestCommand(id, details, receivedOn)));
            corrected |= referrals(steps, id, processes, receivedOn, !corrected);
        }
        return steps;
    }

    /** The request's introductions, outcomes and closure; true when it made the year's correction. */
    private boolean referrals(List<DemoStep> steps, OrderRequestId id, Set<Process> processes, LocalDate receivedOn,
                              boolean correct) {
        LocalDate last = receivedOn;
        LocalDate concludedOn = null;
        boolean madeCorrection = false;
        List<SupplierId> introduced = new ArrayList<>();
        int introductions = 1 + random.nextInt(3);
        for (int r = 1; r <= introductions; r++) {
            LocalDate introducedOn = after(receivedOn, 1, 14, random);
            SupplierId supplier = supplierFor(processes, introducedOn, introduced);
            if (introducedOn.isAfter(today) || supplier == null) {
                continue;
            }
            introduced.add(supplier);
            String referral = "r" + r;
            steps.add(DemoStep.byCaseworker(introducedOn,
                    new IntroduceSupplierCommand(id, referral, supplier, introducedOn)));
            last = max(last, introducedOn);
            // decided in the introduction's fiscal year, which the report compares the deals with
            LocalDate decidedOn = min(after(introducedOn, 7, 60, random),
                    FiscalYear.containing(introducedOn).lastDay());
            if (random.nextInt(100) >= 85 || decidedOn.isAfter(today)) {
                continue;
            }
            boolean concluded = random.nextInt(100) < 30;
            Yen amount = concluded ? amount() : null;
            steps.add(DemoStep.byCaseworker(decidedOn, new RecordReferralOutcomeCommand(id, referral,
                    concluded ? ReferralOutcome.CONCLUDED : ReferralOutcome.NOT_CONCLUDED, amount,
                    concluded ? null : pick(NOT_CONCLUDED, random), decidedOn)));
            last = max(last, decidedOn);
            if (concluded) {
                concludedOn = decidedOn;
            }
            LocalDate requestedOn = after(decidedOn, 5, 30, random);
            if (correct && !madeCorrection && !requestedOn.isAfter(today)) {
                steps.add(DemoStep.byCaseworker(requestedOn, concluded
                        ? new RequestReferralOutcomeCorrectionCommand(id, referral, ReferralOutcome.CONCLUDED,
                                Yen.of(amount.value() + 100_000), "発注書の金額に訂正", requestedOn, DemoStep.CASEWORKER)
                        : new RequestReferralOutcomeCorrectionCommand(id, referral, ReferralOutcome.CONCLUDED, amount(),
                                "後日成約との連絡", requestedOn, DemoStep.CASEWORKER)));
                madeCorrection = true;
                last = max(last, requestedOn);
                // a supervisor approves within days; one that would fall after today stays in the queue
                LocalDate approvedOn = after(requestedOn, 1, 4, random);
                if (!approvedOn.isAfter(today)) {
                    steps.add(DemoStep.bySupervisor(approvedOn, new ApproveReferralOutcomeCorrectionCommand(id,
                            referral, approvedOn, DemoStep.SUPERVISOR, "発注書を確認")));
                    last = max(last, approvedOn);
                }
            }
        }
        int roll = random.nextInt(100);
        if (concludedOn != null && roll < 40) {
            steps.add(DemoStep.byCaseworker(last, new MarkOrderRequestFilledCommand(id, last)));
        } else if (roll < 8) {
            LocalDate withdrawnOn = after(last, 0, 20, random);
            if (!withdrawnOn.isAfter(today)) {
                steps.add(DemoStep.byCaseworker(withdrawnOn,
                        new WithdrawOrderRequestCommand(id, withdrawnOn, "発注企業の計画変更")));
            }
        }
        return madeCorrection;
    }

    /** ¥0.3–5 million, in units of ¥10,000. */
    private Yen amount() {
        return Yen.of(10_000L * (30 + random.nextInt(471)));
    }

    /** A supplier registered by {@code on}, not yet introduced, preferably offering one of the processes. */
    private SupplierId supplierFor(Set<Process> processes, LocalDate on, List<SupplierId> introduced) {
        List<SupplierId> offering = new ArrayList<>();
        List<SupplierId> others = new ArrayList<>();
        for (RegisterSupplierCommand registration : registrations) {
            if (registration.registeredOn().isAfter(on) || introduced.contains(registration.supplierId())) {
                continue;
            }
            boolean offers = registration.profile().processes().stream().anyMatch(processes::contains);
            (offers ? offering : others).add(registration.supplierId());
        }
        List<SupplierId> from = offering.isEmpty() || random.nextInt(100) < 10 ? others : offering;
        return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    }

    private <E extends Enum<E>> Set<E> some(E[] values, int count) {
        Set<E> chosen = EnumSet.noneOf(values[0].getDeclaringClass());
        for (int i = 0; i < count; i++) {
            chosen.add(pick(values, random));
        }
        return chosen;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
