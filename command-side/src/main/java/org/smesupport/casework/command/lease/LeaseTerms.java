package org.smesupport.casework.command.lease;

import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.BringForwardLeaseContractCommand;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.company.CompanyRegistry.CompanyProfile;

/**
 * The terms a contract is made on, whether opened here or brought forward from the earlier books: one set of
 * rules for both, and the {@link RepaymentSchedule} they give.
 */
record LeaseTerms(CompanyId companyId, ContractKind kind, String equipment, Yen amount, Yen downPayment,
                  int termMonths, PaymentFrequency frequency, int annualRateBasisPoints, int interestFreeMonths,
                  LocalDate contractDate, LocalDate firstDueDate) {

    static LeaseTerms of(OpenLeaseContractCommand command) {
        return new LeaseTerms(command.companyId(), command.kind(), command.equipment(), command.amount(),
                command.downPayment(), command.termMonths(), command.frequency(), command.annualRateBasisPoints(),
                command.interestFreeMonths(), command.contractDate(), command.firstDueDate());
    }

    static LeaseTerms of(BringForwardLeaseContractCommand command) {
        return new LeaseTerms(command.companyId(), command.kind(), command.equipment(), command.amount(),
                command.downPayment(), command.termMonths(), command.frequency(), command.annualRateBasisPoints(),
                command.interestFreeMonths(), command.contractDate(), command.firstDueDate());
    }

    /** Refuses terms the centre does not contract on; then the registered company's profile. */
    CompanyProfile refuseInvalid(CompanyRegistry companies) {
        refuseIf(companyId == null, "companyId", "lease.companyId.required");
        refuseIf(kind == null, "kind", "lease.kind.required");
        refuseIf(isBlank(equipment), "equipment", "lease.equipment.blank");
        refuseIf(equipment.length() > LeaseContract.MAX_EQUIPMENT_LENGTH, "equipment", "lease.equipment.tooLong",
                LeaseContract.MAX_EQUIPMENT_LENGTH);
        refuseIf(amount == null || !amount.isPositive(), "amount", "lease.amount.notPositive");
        refuseIf(downPayment == null, "downPayment", "lease.downPayment.required");
        refuseIf(downPayment.isNegative(), "downPayment", "lease.downPayment.negative");
        refuseIf(downPayment.isPositive() && !kind.takesDownPayment(), "downPayment",
                "lease.downPayment.leaseTakesNone");
        refuseIf(!amount.isGreaterThan(downPayment), "downPayment", "lease.downPayment.notLessThanAmount",
                LeaseContract.yen(amount));
        refuseIf(frequency == null, "frequency", "lease.frequency.required");
        refuseIf(termMonths < 1 || termMonths > LeaseContract.MAX_TERM_MONTHS, "termMonths",
                "lease.termMonths.outOfRange", LeaseContract.MAX_TERM_MONTHS);
        int period = frequency.months();
        refuseIf(termMonths % period != 0, "termMonths", "lease.termMonths.notWholePeriods", termMonths, frequency,
                period);
        refuseIf(annualRateBasisPoints < 0 || annualRateBasisPoints > LeaseContract.MAX_RATE_BASIS_POINTS,
                "annualRateBasisPoints", "lease.annualRateBasisPoints.outOfRange", LeaseContract.MAX_RATE_BASIS_POINTS);
        refuseIf(interestFreeMonths < 0 || interestFreeMonths > termMonths, "interestFreeMonths",
                "lease.interestFreeMonths.outOfRange", termMonths);
        refuseIf(contractDate == null, "contractDate", "lease.contractDate.required");
        refuseIf(firstDueDate == null, "firstDueDate", "lease.firstDueDate.required");
        refuseIf(!firstDueDate.isAfter(contractDate), "firstDueDate", "lease.firstDueDate.notAfterContractDate",
                contractDate);
        int count = termMonths / period;
        refuseIf(financed().value() < count, "amount", "lease.amount.cannotSpread", LeaseContract.yen(financed()),
                count);
        return companies.profileOf(companyId).orElseThrow(() ->
                new BusinessRuleViolation("companyId", "lease.companyId.unknownCompany", companyId));
    }

    Yen financed() {
        return amount.minus(downPayment);
    }

    List<Instalment> schedule() {
        return RepaymentSchedule.generate(financed(), termMonths, frequency, annualRateBasisPoints,
                interestFreeMonths, contractDate, firstDueDate);
    }
}
