package org.smesupport.casework.api.consultation;

/** A count for one fiscal year, labelled as the report labels years: {@code 2020 (R02)}. */
public record FiscalYearCount(int fiscalYear, String label, long count) {
}
