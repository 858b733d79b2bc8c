package org.smesupport.casework.query.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FairFormat;
import org.smesupport.casework.api.matching.FairMeetingRecordedEvent;
import org.smesupport.casework.api.matching.FairParticipantRegisteredEvent;
import org.smesupport.casework.api.matching.FairSatisfactionRecordedEvent;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.MatchingFairPlannedEvent;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestReceivedEvent;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectionRequestedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeRecordedEvent;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierIntroducedEvent;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.api.matching.SupplierRegisteredEvent;
import org.smesupport.casework.api.matching.SupplierWithdrawnEvent;
import org.smesupport.casework.projection.matching.MatchingFairProjection;
import org.smesupport.casework.projection.matching.MatchingStatisticsProjection;
import org.smesupport.casework.projection.matching.OrderRequestProjection;
import org.smesupport.casework.projection.matching.SupplierProjection;
import org.smesupport.casework.query.ReadModelFixture;

/**
 * Two fiscal years of matching, projected by the real projections. Hand-computed figures:
 * <pre>
 *                      FY2019 (A)                         FY2020 (B)
 * order requests       1 (O-0)                            2 (O-1, O-2)
 * registrations        3 (S-3, S-7, S-8)                  5 (S-1, S-2, S-4, S-5, S-6; S-5 withdrawn later)
 * introductions a      3 (O-0)             4 (O-1; O-2: R-1)
 * concluded b          1: R-1 ¥2,000,000; R-2 concluded   2: O-1 R-1 ¥1,600,000 corrected to ¥1,500,000;
 *                      at ¥1,000,000, corrected in FY2020    R-2 not concluded, corrected to concluded at ¥800,500
 *                      to not concluded
 * amount               ¥2,000,000                         ¥2,300,500 (2,301 千円 half-up)
 * success rate         33.3 %                             50.0 %   (B−A 16.7 points, B/A 150.0 %)
 * fairs                F-0: 2 meetings                    F-1: ordering 3 (2 of 3 satisfied, 66.7 %), supplying 2
 *                                                         (1 of 1, 100.0 %), 3 meetings; F-2: 1 + 1, no answers,
 *                                                         1 meeting; 4 meetings (previous year 2)
 * </pre>
 * Awaiting an outcome: O-2 R-1 (S-4, 2021-03-05), O-1 R-3 (S-3, 2021-03-20).
 * <p>
 * Candidates for O-1 (machining + surface treatment, ISO 9001, preferred 川崎, firm in 横浜, focus EV):
 * S-1 200 + 40 + 30 + 12 + 9 = 291, S-4 200 + 40 + 0 + 20 = 260, S-2 100 + 40 + 20 + 4 = 164,
 * S-3 100 + 0 + 10 + 20 = 130; S-5 withdrawn, S-6, S-7 and S-8 offer neither process.
 */
final class MatchingScenario {

    static final Instant AT = Instant.parse("2021-03-31T00:00:00Z");

    private MatchingScenario() {
    }

    static void project(ReadModelFixture fixture) {
        Object[] events = events().toArray();
        fixture.project(new SupplierProjection(fixture.database(), 100), AT, events);
        fixture.project(new OrderRequestProjection(fixture.database(), 100), AT, events);
        fixture.project(new MatchingFairProjection(fixture.database(), 100), AT, events);
        fixture.project(new MatchingStatisticsProjection(fixture.database(), 100), AT, events);
    }

    static OrderRequestDetails o1Details() {
        return new OrderRequestDetails("Yokohama Motors", Region.YOKOHAMA, "EV motor brackets",
                Set.of(Process.MACHINING, Process.SURFACE_TREATMENT), 500, date("2020-08-31"), Yen.of(3_000_000),
                Region.KAWASAKI, Set.of(Certification.ISO_9001), FocusField.EV);
    }

    private static List<Object> events() {
        List<Object> events = new ArrayList<>();
        events.add(supplier("S-7", "Odawara Yosetsu", "2019-05-01", Set.of(Process.WELDING), Set.of(), 60, Region.KENSEI, Set.of()));
        events.add(supplier("S-3", "Shonan Plating", "2019-06-01", Set.of(Process.SURFACE_TREATMENT), Set.of(), 200,
                Region.SHONAN, Set.of()));
        events.add(supplier("S-8", "Kensei Mould", "2019-07-01", Set.of(Process.MOULDING), Set.of(), 30, Region.KENSEI, Set.of()));
        OrderRequestId o0 = OrderRequestId.of("O-0");
        events.add(new OrderRequestReceivedEvent(o0, new OrderRequestDetails("Atsugi Denki", Region.KENOU, "housings",
                Set.of(Process.SURFACE_TREATMENT), 100, date("2020-01-31"), null, null, Set.of(), null), date("2019-10-01")));
        events.add(introduced(o0, "R-1", "S-3", "Shonan Plating", "2019-10-10"));
        events.add(introduced(o0, "R-2", "S-7", "Odawara Yosetsu", "2019-10-11"));
        events.add(introduced(o0, "R-3", "S-8", "Kensei Mould", "2019-10-12"));
        events.add(outcome(o0, "R-1", "S-3", ReferralOutcome.CONCLUDED, 2_000_000, "2019-11-01"));
        events.add(outcome(o0, "R-2", "S-7", ReferralOutcome.CONCLUDED, 1_000_000, "2019-11-02"));
        events.add(outcome(o0, "R-3", "S-8", ReferralOutcome.NOT_CONCLUDED, 0, "2019-11-03"));
        events.addAll(fair("F-0", "オンライン商談会（相模原）", "2019-11-12", 1, 1, 2));

        events.add(supplier("S-1", "Kawasaki Seiki", "2020-04-01", Set.of(Process.MACHINING, Process.SURFACE_TREATMENT),
                Set.of(Certification.ISO_9001), 120, Region.KAWASAKI, Set.of(FocusField.EV)));
        events.add(supplier("S-2", "Yokohama Press", "2020-04-02", Set.of(Process.MACHINING),
                Set.of(Certification.ISO_9001, Certification.IATF_16949), 40, Region.YOKOHAMA, Set.of()));
        events.add(supplier("S-4", "Tokyo Works", "2020-05-01", Set.of(Process.MACHINING, Process.SURFACE_TREATMENT),
                Set.of(Certification.ISO_9001), 300, Region.OUT_OF_PREFECTURE, Set.of()));
        events.add(supplier("S-5", "Sagami Kako", "2020-05-02", Set.of(Process.MACHINING, Process.SURFACE_TREATMENT),
                Set.of(Certification.ISO_9001), 100, Region.SAGAMIHARA, Set.of(FocusField.EV)));
        events.add(supplier("S-6", "Kenou Design", "2020-05-03", Set.of(Process.DESIGN), Set.of(), 50, Region.KENOU, Set.of()));
        events.add(new SupplierWithdrawnEvent(SupplierId.of("S-5"), date("2020-06-01"), "closed the business"));
        OrderRequestId o1 = OrderRequestId.of("O-1");
        events.add(new OrderRequestReceivedEvent(o1, o1Details(), date("2020-04-10")));
        events.add(correction(o0, "R-2", "S-7", ReferralOutcome.CONCLUDED, 1_000_000, ReferralOutcome.NOT_CONCLUDED, 0,
                "2019-11-02", "2020-04-20"));
        events.add(introduced(o1, "R-1", "S-1", "Kawasaki Seiki", "2020-04-15"));
        events.add(introduced(o1, "R-2", "S-2", "Yokohama Press", "2020-04-16"));
        events.add(outcome(o1, "R-1", "S-1", ReferralOutcome.CONCLUDED, 1_600_000, "2020-05-20"));
        events.add(outcome(o1, "R-2", "S-2", ReferralOutcome.NOT_CONCLUDED, 0, "2020-05-21"));
        events.add(correction(o1, "R-2", "S-2", ReferralOutcome.NOT_CONCLUDED, 0, ReferralOutcome.CONCLUDED, 800_500,
                "2020-05-21", "2020-06-01"));
        events.add(correction(o1, "R-1", "S-1", ReferralOutcome.CONCLUDED, 1_600_000, ReferralOutcome.CONCLUDED,
                1_500_000, "2020-05-20", "2020-06-02"));
        // awaiting a supervisor: counts nowhere until approved
        events.add(new ReferralOutcomeCorrectionRequestedEvent(o0, "R-1", SupplierId.of("S-3"), ReferralOutcome.CONCLUDED,
                Yen.of(2_000_000), ReferralOutcome.CONCLUDED, Yen.of(2_200_000), date("2019-11-01"), "order form amended",
                date("2020-06-10"), "sato"));
        events.addAll(fair("F-1", "オンライン商談会（横須賀）", "2020-07-27", 3, 2, 3));
        events.add(new FairSatisfactionRecordedEvent(MatchingFairId.of("F-1"), "F-1-O1", FairSide.ORDERING, true));
        events.add(new FairSatisfactionRecordedEvent(MatchingFairId.of("F-1"), "F-1-O2", FairSide.ORDERING, true));
        events.add(new FairSatisfactionRecordedEvent(MatchingFairId.of("F-1"), "F-1-O3", FairSide.ORDERING, false));
        events.add(new FairSatisfactionRecordedEvent(MatchingFairId.of("F-1"), "F-1-S1", FairSide.SUPPLYING, true));
        events.addAll(fair("F-2", "オンライン商談会（川崎）", "2020-09-24", 1, 1, 1));
        OrderRequestId o2 = OrderRequestId.of("O-2");
        events.add(new OrderRequestReceivedEvent(o2, new OrderRequestDetails("Hiratsuka Kiki", Region.SHONAN, "shafts",
                Set.of(Process.MACHINING), 50, date("2021-06-30"), null, null, Set.of(), null), date("2021-03-01")));
        events.add(introduced(o2, "R-1", "S-4", "Tokyo Works", "2021-03-05"));
        events.add(introduced(o1, "R-3", "S-3", "Shonan Plating", "2021-03-20"));
        return events;
    }

    private static SupplierRegisteredEvent supplier(String id, String name, String registeredOn, Set<Process> processes,
                                                    Set<Certification> certifications, int hours, Region region,
                                                    Set<FocusField> focusFields) {
        return new SupplierRegisteredEvent(SupplierId.of(id), CompanyId.of("C-" + id), name,
                new SupplierProfile(processes, List.of("machining centre"), certifications, hours, region, focusFields),
                date(registeredOn));
    }

    private static SupplierIntroducedEvent introduced(OrderRequestId request, String referralId, String supplierId,
                                                      String name, String on) {
        return new SupplierIntroducedEvent(request, referralId, SupplierId.of(supplierId), name, date(on));
    }

    private static ReferralOutcomeRecordedEvent outcome(OrderRequestId request, String referralId, String supplierId,
                                                        ReferralOutcome outcome, long amount, String on) {
        return new ReferralOutcomeRecordedEvent(request, referralId, SupplierId.of(supplierId), outcome, Yen.of(amount),
                outcome == ReferralOutcome.NOT_CONCLUDED ? "price" : null, date(on));
    }

    private static ReferralOutcomeCorrectedEvent correction(OrderRequestId request, String referralId, String supplierId,
                                                            ReferralOutcome previous, long previousAmount,
                                                            ReferralOutcome outcome, long amount, String decidedOn,
                                                            String correctedOn) {
        return new ReferralOutcomeCorrectedEvent(request, referralId, SupplierId.of(supplierId), previous,
                Yen.of(previousAmount), outcome, Yen.of(amount), date(decidedOn), "entered against the wrong referral",
                date(correctedOn), "sato", "suzuki");
    }

    /** A fair with its plan, participants {@code <id>-O1…} and {@code <id>-S1…}, and its meetings. */
    private static List<Object> fair(String id, String name, String startsOn, int ordering, int supplying, int meetings) {
        MatchingFairId fairId = MatchingFairId.of(id);
        LocalDate start = date(startsOn);
        List<Object> events = new ArrayList<>();
        events.add(new MatchingFairPlannedEvent(fairId, name, start, start.plusDays(11), FairFormat.ONLINE, name,
                List.of("かながわ中小企業支援プラットフォーム")));
        for (int participant = 1; participant <= ordering; participant++) {
            events.add(new FairParticipantRegisteredEvent(fairId, id + "-O" + participant, FairSide.ORDERING,
                    "Ordering " + participant, null));
        }
        for (int participant = 1; participant <= supplying; participant++) {
            events.add(new FairParticipantRegisteredEvent(fairId, id + "-S" + participant, FairSide.SUPPLYING,
                    "Supplying " + participant, CompanyId.of("C-" + participant)));
        }
        for (int meeting = 1; meeting <= meetings; meeting++) {
            events.add(new FairMeetingRecordedEvent(fairId, "M-" + meeting, id + "-O1", id + "-S1", start.plusDays(1)));
        }
        return events;
    }

    private static LocalDate date(String date) {
        return LocalDate.parse(date);
    }
}
