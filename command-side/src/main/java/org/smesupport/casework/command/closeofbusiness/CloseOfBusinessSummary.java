package org.smesupport.casework.command.closeofbusiness;

import java.time.LocalDate;

/** What one run did: contracts it examined and how many of them had instalments newly in arrears. */
public record CloseOfBusinessSummary(LocalDate businessDate, int contractsExamined, int contractsWithNewArrears) {
}
