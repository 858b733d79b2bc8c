package org.smesupport.casework.web.lease;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.Instalment;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One row of a deferral's revised schedule. Its number comes with the page; a row partly filled in goes to the
 * command as it is, and the contract names what is missing.
 */
class RevisedInstalmentRow {

    private Integer number;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;
    @PositiveOrZero
    @Max(999_999_999_999L)
    private Long principal;
    @PositiveOrZero
    @Max(999_999_999_999L)
    private Long interest;

    RevisedInstalmentRow() {
    }

    RevisedInstalmentRow(int number, LocalDate dueDate, Long principal, Long interest) {
        this.number = number;
        this.dueDate = dueDate;
        this.principal = principal;
        this.interest = interest;
    }

    boolean isBlank() {
        return dueDate == null && principal == null && interest == null;
    }

    Instalment toInstalment() {
        return new Instalment(number == null ? 0 : number, dueDate, principal == null ? null : Yen.of(principal),
                interest == null ? null : Yen.of(interest));
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Long getPrincipal() {
        return principal;
    }

    public void setPrincipal(Long principal) {
        this.principal = principal;
    }

    public Long getInterest() {
        return interest;
    }

    public void setInterest(Long interest) {
        this.interest = interest;
    }
}
