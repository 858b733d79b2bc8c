package org.smesupport.casework.command.lease;

import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;
import static org.smesupport.casework.command.lease.LeaseContract.yen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.BringForwardLeaseContractCommand;
import org.smesupport.casework.api.lease.BringForwardLeaseContractCommand.ArrearsAtCutOver;
import org.smesupport.casework.api.lease.CutOverInstalment;
import org.smesupport.casework.api.lease.Instalment;

/**
 * Where a brought-forward contract's instalments due before the cut-over stood then, from the totals the earlier
 * books give (principal paid, interest paid, written off) and the instalments in arrears, checked against the
 * schedule so that every yen of it is accounted for:
 * <pre>
 * principal due before the cut-over = principal paid + principal in arrears + principal written off
 * interest due before the cut-over  = interest paid  + interest in arrears  + interest written off
 * </pre>
 * The books give the written-off amount as one sum, so its two parts are what the two lines leave, and must
 * add up to it. Which instalments a write-off took the books do not say: it is laid on the oldest instalments
 * first (old debts are the ones written off), interest and principal each; the rest of each instalment was paid.
 * Nothing is paid ahead: an instalment due on or after the cut-over is untouched.
 */
final class CutOverPosition {

    private CutOverPosition() {
    }

    static List<CutOverInstalment> of(BringForwardLeaseContractCommand command, List<Instalment> schedule) {
        LocalDate cutOver = command.cutOver();
        refuseIf(cutOver == null, "cutOver", "lease.bringForward.cutOverRequired");
        refuseIf(!cutOver.isAfter(command.contractDate()), "cutOver", "lease.bringForward.cutOverNotAfterContract",
                cutOver, command.contractDate());
        refuseUnlessAmount("paidPrincipal", command.paidPrincipal());
        refuseUnlessAmount("paidInterest", command.paidInterest());
        refuseUnlessAmount("writtenOff", command.writtenOff());
        List<Instalment> due = schedule.stream().filter(instalment -> instalment.dueDate().isBefore(cutOver)).toList();
        Map<Integer, ArrearsAtCutOver> arrears = arrearsByNumber(command, due);

        long duePrincipal = due.stream().mapToLong(instalment -> instalment.principal().value()).sum();
        long dueInterest = due.stream().mapToLong(instalment -> instalment.interest().value()).sum();
        long arrearsPrincipal = arrears.values().stream().mapToLong(entry -> entry.principal().value()).sum();
        long arrearsInterest = arrears.values().stream().mapToLong(entry -> entry.interest().value()).sum();
        long paidPrincipal = command.paidPrincipal().value();
        long paidInterest = command.paidInterest().value();
        long writtenOff = command.writtenOff().value();
        long given = paidPrincipal + paidInterest + arrearsPrincipal + arrearsInterest + writtenOff;
        long scheduled = duePrincipal + dueInterest;
        refuseIf(given != scheduled, null, given > scheduled ? "lease.bringForward.moreThanDue"
                        : "lease.bringForward.lessThanDue", due.size(), cutOver, yen(scheduled), yen(paidPrincipal),
                yen(paidInterest), yen(arrearsPrincipal + arrearsInterest), yen(writtenOff), yen(given),
                yen(Math.abs(given - scheduled)));
        refuseIf(paidPrincipal + arrearsPrincipal > duePrincipal, "paidPrincipal", "lease.bringForward.principalOver",
                yen(paidPrincipal), yen(arrearsPrincipal), yen(duePrincipal),
                yen(paidPrincipal + arrearsPrincipal - duePrincipal));
        refuseIf(paidInterest + arrearsInterest > dueInterest, "paidInterest", "lease.bringForward.interestOver",
                yen(paidInterest), yen(arrearsInterest), yen(dueInterest),
                yen(paidInterest + arrearsInterest - dueInterest));
        refuseIf(arrears.isEmpty() && writtenOff == 0 && due.size() == schedule.size(), null,
                "lease.bringForward.nothingOwed", cutOver);

        long writeOffPrincipal = duePrincipal - paidPrincipal - arrearsPrincipal;
        long writeOffInterest = dueInterest - paidInterest - arrearsInterest;
        List<CutOverInstalment> position = new ArrayList<>();
        for (Instalment instalment : due) {
            ArrearsAtCutOver unpaid = arrears.get(instalment.number());
            long inArrearsInterest = unpaid == null ? 0 : unpaid.interest().value();
            long inArrearsPrincipal = unpaid == null ? 0 : unpaid.principal().value();
            long offInterest = Math.min(writeOffInterest, instalment.interest().value() - inArrearsInterest);
            long offPrincipal = Math.min(writeOffPrincipal, instalment.principal().value() - inArrearsPrincipal);
            writeOffInterest -= offInterest;
            writeOffPrincipal -= offPrincipal;
            position.add(new CutOverInstalment(instalment.number(), instalment.dueDate(),
                    Yen.of(instalment.interest().value() - inArrearsInterest - offInterest),
                    Yen.of(instalment.principal().value() - inArrearsPrincipal - offPrincipal),
                    Yen.of(offInterest), Yen.of(offPrincipal), Yen.of(inArrearsInterest), Yen.of(inArrearsPrincipal)));
        }
        return List.copyOf(position);
    }

    /** The instalments in arrears by number: each one of the schedule's due before the cut-over, once, within it. */
    private static Map<Integer, ArrearsAtCutOver> arrearsByNumber(BringForwardLeaseContractCommand command,
                                                                  List<Instalment> due) {
        Map<Integer, ArrearsAtCutOver> byNumber = new HashMap<>();
        if (command.arrears() == null) {
            return byNumber;
        }
        for (ArrearsAtCutOver entry : command.arrears()) {
            refuseIf(entry == null || entry.dueDate() == null, "arrears", "lease.bringForward.arrearsDueDateRequired");
            refuseUnlessAmount("arrears", entry.principal());
            refuseUnlessAmount("arrears", entry.interest());
            refuseIf(!entry.principal().plus(entry.interest()).isPositive(), "arrears",
                    "lease.bringForward.arrearsEmpty", entry.dueDate());
            Instalment instalment = due.stream().filter(candidate -> candidate.dueDate().equals(entry.dueDate()))
                    .findFirst().orElse(null);
            refuseIf(instalment == null, "arrears", "lease.bringForward.arrearsNotDue", entry.dueDate(),
                    command.cutOver(), due.isEmpty() ? "-" : due.get(0).dueDate() + " … "
                            + due.get(due.size() - 1).dueDate());
            refuseIf(byNumber.containsKey(instalment.number()), "arrears", "lease.bringForward.arrearsTwice",
                    entry.dueDate());
            refuseIf(entry.principal().isGreaterThan(instalment.principal())
                            || entry.interest().isGreaterThan(instalment.interest()), "arrears",
                    "lease.bringForward.arrearsMoreThanScheduled", entry.dueDate(), yen(entry.principal()),
                    yen(entry.interest()), yen(instalment.principal()), yen(instalment.interest()));
            byNumber.put(instalment.number(), entry);
        }
        return byNumber;
    }

    private static void refuseUnlessAmount(String field, Yen amount) {
        refuseIf(amount == null, field, "lease.bringForward.amountRequired", field);
        refuseIf(amount.isNegative(), field, "lease.bringForward.amountNegative", field, yen(amount));
    }
}
