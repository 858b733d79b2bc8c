package org.smesupport.casework.app.demo;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ApproveInterestSubsidyCommand;
import org.smesupport.casework.api.lease.ApproveLeaseDeferralCommand;
import org.smesupport.casework.api.lease.ApproveLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.api.lease.RequestInterestSubsidyCommand;
import org.smesupport.casework.api.lease.RequestLeaseDeferralCommand;
import org.smesupport.casework.api.lease.RequestLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.ReverseLeasePaymentCommand;

/**
 * One demo contract from its schedule to "today": the payments, reversals, subsidies, deferrals and
 * write-offs its firm's {@link Behaviour} leads to, in date order.
 *
 * <p>Every command must be accepted, so this keeps a shadow of what the contract owes: the unpaid
 * amount of each instalment. It stays simple because every payment settles exactly the oldest unpaid
 * instalment (the contract applies money oldest due first), so no instalment is ever paid in part. The
 * arrears flags are the close-of-business run's business; the history only needs to know that an
 * instalment left unpaid across month ends is in arrears by the time a write-off is asked for, and it
 * asks months later.
 */
final class DemoLease {

    /** How the firm pays. */
    enum Behaviour {
        /** On or a few days around the due date, within its month. */
        PUNCTUAL,
        /** Now and then weeks late, across a month end: arrears arise and are recovered. */
        LATE,
        /** Stops paying after a while; the arrears are written off (maker-checker), once or twice. */
        DEFAULTER,
        /** Punctual, but one transfer bounces: the payment is reversed and paid again weeks later. */
        BOUNCED,
        /** Punctual; a quarter to half-way through the term, a six-month deferral (延納) is requested and approved. */
        DEFERRED;

        boolean mayReceiveSubsidy() {
            // a subsidy takes instalments out of a deferral and would blur the other stories; keep it simple
            return this == PUNCTUAL || this == LATE;
        }
    }

    private static final int DEFERRAL_MONTHS = 6;
    /** Arrears this old are written off; the next write-off of the same contract comes a year later. */
    private static final int WRITE_OFF_AFTER_DAYS = 185;
    private static final int WRITE_OFFS_AT_MOST = 2;

    private final OpenLeaseContractCommand terms;
    private final Behaviour behaviour;
    private final SizeClass sizeClass;
    private final List<FiscalYear> salesFellIn;
    private final LocalDate today;
    private final Random random;
    private final List<DemoStep> steps = new ArrayList<>();
    private List<Instalment> schedule;
    private long[] unpaid;
    private boolean[] subsidised;
    private final List<Grant> grants = new ArrayList<>();
    private int payments;

    /** @param salesFellIn the fiscal years in which the firm's sales fell enough for an interest subsidy */
    DemoLease(OpenLeaseContractCommand terms, Behaviour behaviour, SizeClass sizeClass, List<FiscalYear> salesFellIn,
              LocalDate today, Random random) {
        this.terms = terms;
        this.behaviour = behaviour;
        this.sizeClass = sizeClass;
        this.salesFellIn = salesFellIn;
        this.today = today;
        this.random = random;
    }

    LeaseContractId id() {
        return terms.contractId();
    }

    DemoStep opening() {
        return DemoStep.routine(terms.contractDate(), terms);
    }

    /** Everything after the opening up to today, in date order, for the schedule the contract generated. */
    List<DemoStep> life(List<Instalment> generated) {
        schedule = new ArrayList<>(generated);
        unpaid = schedule.stream().mapToLong(i -> i.total().value()).toArray();
        subsidised = new boolean[schedule.size()];
        planGrants();
        int count = schedule.size();
        int stopsPayingAt = behaviour == Behaviour.DEFAULTER ? 2 + random.nextInt(Math.max(1, count / 3)) : count;
        int bouncesAt = behaviour == Behaviour.BOUNCED ? 1 + random.nextInt(count - 2) : -1;
        int defersAfter = behaviour == Behaviour.DEFERRED ? count / 4 + random.nextInt(count / 4) : -1;
        LocalDate last = terms.contractDate();
        for (int k = 0; k < count; k++) {
            if (k == stopsPayingAt) {
                writeOffs(schedule.get(k).dueDate());
                return steps;
            }
            LocalDate payOn = latest(last, payDate(schedule.get(k).dueDate()));
            if (!pay(k, payOn)) {
                break;
            }
            last = payOn;
            if (k == bouncesAt) {
                last = bounce(k, payOn);
                if (last == null) {
                    return steps;
                }
            }
            if (k == defersAfter) {
                last = defer(k, payOn);
            }
        }
        grantUpTo(today);
        return steps;
    }

    /** Records the payment of instalment {@code k}'s unpaid amount on {@code payOn}; false if that is after today. */
    private boolean pay(int k, LocalDate payOn) {
        grantUpTo(payOn.isAfter(today) ? today : payOn);
        if (payOn.isAfter(today)) {
            return false;
        }
        steps.add(DemoStep.routine(payOn, new RecordLeasePaymentCommand(id(), paymentId(), payOn, Yen.of(unpaid[k]),
                null)));
        unpaid[k] = 0;
        return true;
    }

    /** The payment of instalment {@code k} bounces four days later and is paid again weeks after; the day it is, or null. */
    private LocalDate bounce(int k, LocalDate paidOn) {
        long amount = schedule.get(k).total().value();
        LocalDate reversedOn = paidOn.plusDays(4);
        if (reversedOn.isAfter(today)) {
            return paidOn;
        }
        steps.add(DemoStep.byCaseworker(reversedOn, new ReverseLeasePaymentCommand(id(), "pay-%03d".formatted(payments),
                reversedOn, "口座振替不能（残高不足）のため入金取消", null)));
        unpaid[k] = amount;
        LocalDate repaidOn = reversedOn.plusDays(20 + random.nextInt(20));
        return pay(k, repaidOn) ? repaidOn : null;
    }

    /**
     * After instalment {@code k} is paid, every later instalment (none of them touched yet) moves
     * {@link #DEFERRAL_MONTHS} months later, same principal and interest: a caseworker asks the next
     * day, a supervisor approves two days after. Returns the last date used.
     */
    private LocalDate defer(int k, LocalDate paidOn) {
        LocalDate requestedOn = paidOn.plusDays(1);
        LocalDate approvedOn = requestedOn.plusDays(2);
        if (approvedOn.isAfter(today)) {
            return paidOn;
        }
        List<Instalment> revised = new ArrayList<>();
        for (int i = k + 1; i < schedule.size(); i++) {
            Instalment old = schedule.get(i);
            revised.add(new Instalment(old.number(), old.dueDate().plusMonths(DEFERRAL_MONTHS), old.principal(),
                    old.interest()));
        }
        String requestId = "deferral-1";
        steps.add(DemoStep.byCaseworker(requestedOn, new RequestLeaseDeferralCommand(id(), requestId, requestedOn,
                DemoStep.CASEWORKER, "受注減少により資金繰りが逼迫、6か月の据置を申請", revised, null)));
        steps.add(DemoStep.bySupervisor(approvedOn, new ApproveLeaseDeferralCommand(id(), requestId, approvedOn,
                DemoStep.SUPERVISOR, "事業計画を確認のうえ承認")));
        for (Instalment instalment : revised) {
            schedule.set(instalment.number() - 1, instalment);
        }
        return approvedOn;
    }

    /**
     * The firm pays nothing from the instalment due on {@code firstMissed}. Once its arrears are
     * {@link #WRITE_OFF_AFTER_DAYS} days old a caseworker asks to write them off and a supervisor approves
     * within days (a request whose approval would fall after today stays pending, for the supervisor's
     * queue); a year on, the arrears that arose since are written off too.
     */
    private void writeOffs(LocalDate firstMissed) {
        LocalDate requestedOn = firstMissed.plusDays(WRITE_OFF_AFTER_DAYS + random.nextInt(15));
        for (int n = 1; n <= WRITE_OFFS_AT_MOST && !requestedOn.isAfter(today); n++) {
            String requestId = "write-off-" + n;
            steps.add(DemoStep.byCaseworker(requestedOn, new RequestLeaseWriteOffCommand(id(), requestId, requestedOn,
                    DemoStep.CASEWORKER, "事業停止により回収見込みなし")));
            LocalDate approvedOn = beforeNextDue(requestedOn, requestedOn.plusDays(3 + random.nextInt(8)));
            if (approvedOn.isAfter(today)) {
                return;
            }
            steps.add(DemoStep.bySupervisor(approvedOn, new ApproveLeaseWriteOffCommand(id(), requestId, approvedOn,
                    DemoStep.SUPERVISOR, "回収不能と判断し償却を承認")));
            requestedOn = approvedOn.plusYears(1);
            if (!fallsDueBetween(approvedOn, requestedOn.minusDays(60))) {
                // nothing fell due (and into arrears) since: there would be nothing to write off
                return;
            }
        }
    }

    /**
     * {@code approvedOn}, or the next due date after {@code requestedOn} if that comes first: every day is closed
     * before the next step, and the close of a due date puts the instalment in arrears, which would change what the
     * request asked to write off and get the approval refused.
     */
    private LocalDate beforeNextDue(LocalDate requestedOn, LocalDate approvedOn) {
        return schedule.stream().map(Instalment::dueDate)
                .filter(due -> !due.isBefore(requestedOn) && due.isBefore(approvedOn))
                .min(Comparator.naturalOrder()).orElse(approvedOn);
    }

    private boolean fallsDueBetween(LocalDate after, LocalDate before) {
        return schedule.stream().anyMatch(i -> i.dueDate().isAfter(after) && i.dueDate().isBefore(before));
    }

    /**
     * One grant per fiscal year in which the firm's sales fell, in June or July, or a month or two after
     * the contract date for a contract signed later that year. Sole proprietors qualify from a 5 % fall,
     * other firms from 15 %.
     */
    private void planGrants() {
        if (!behaviour.mayReceiveSubsidy()) {
            return;
        }
        for (FiscalYear year : salesFellIn) {
            LocalDate grantedOn = year.firstDay().plusDays(60 + random.nextInt(60));
            if (!grantedOn.isAfter(terms.contractDate())) {
                grantedOn = terms.contractDate().plusDays(30 + random.nextInt(30));
            }
            if (year.contains(grantedOn)) {
                int decline = sizeClass == SizeClass.SOLE_PROPRIETOR
                        ? 500 + random.nextInt(2500) : 1500 + random.nextInt(3000);
                grants.add(new Grant(year, grantedOn, decline));
            }
        }
    }

    /** Grants, in order, the planned subsidies due by {@code date} for which some interest is still to be paid. */
    private void grantUpTo(LocalDate date) {
        while (!grants.isEmpty() && !grants.get(0).grantedOn().isAfter(date)) {
            Grant grant = grants.remove(0);
            List<Integer> covered = new ArrayList<>();
            for (int i = 0; i < schedule.size(); i++) {
                Instalment instalment = schedule.get(i);
                if (grant.year().contains(instalment.dueDate()) && unpaid[i] > 0 && !subsidised[i]
                        && instalment.interest().isPositive()) {
                    covered.add(i);
                }
            }
            if (covered.isEmpty()) {
                continue;
            }
            for (int i : covered) {
                unpaid[i] -= schedule.get(i).interest().value();
                subsidised[i] = true;
            }
            // requested and approved on the same day: nothing changes the year's interest in between
            String requestId = "subsidy-" + grant.year().startYear();
            steps.add(DemoStep.byCaseworker(grant.grantedOn(), new RequestInterestSubsidyCommand(id(), requestId,
                    grant.year().startYear(), grant.salesDeclineBasisPoints(), "試算表（前年同期比の売上減少）",
                    grant.grantedOn(), DemoStep.CASEWORKER)));
            steps.add(DemoStep.bySupervisor(grant.grantedOn(), new ApproveInterestSubsidyCommand(id(), requestId,
                    grant.grantedOn(), DemoStep.SUPERVISOR, "売上減少を試算表で確認")));
        }
    }

    /** When the firm pays an instalment due on {@code dueDate}. */
    private LocalDate payDate(LocalDate dueDate) {
        if (behaviour == Behaviour.LATE && random.nextInt(100) < 30) {
            return dueDate.plusDays(8 + random.nextInt(68));
        }
        // a few days either side of the due date, but within its month: a punctual firm is never in arrears
        LocalDate payOn = dueDate.plusDays(random.nextInt(6) - 3);
        LocalDate monthEnd = dueDate.with(TemporalAdjusters.lastDayOfMonth());
        return payOn.isAfter(monthEnd) ? monthEnd : payOn;
    }

    private String paymentId() {
        return "pay-%03d".formatted(++payments);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private record Grant(FiscalYear year, LocalDate grantedOn, int salesDeclineBasisPoints) {
    }
}
