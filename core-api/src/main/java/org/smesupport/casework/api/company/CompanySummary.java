package org.smesupport.casework.api.company;

import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.matching.SupplierStatus;

/**
 * A company and what the centre has with it in each programme: its consultation cases (open and in all), its lease
 * contracts (still running and in all, with what is outstanding, in arrears and written off across them), its
 * supplier registration ({@code null} when it never registered), its restructuring cases (in progress and in all)
 * its succession cases and its improvement-plan subsidy files.
 */
public record CompanySummary(
        CompanyView company,
        Consultations consultations,
        Leases leases,
        SupplierStatus supplier,
        Restructuring restructuring,
        long successionCases,
        long subsidyFiles) {

    public record Consultations(long open, long total) {
    }

    public record Leases(long active, long total, Yen outstandingPrincipal, Yen arrears, Yen writtenOff) {
    }

    public record Restructuring(long inProgress, long total) {
    }
}
