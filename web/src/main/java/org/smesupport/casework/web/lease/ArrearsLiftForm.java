package org.smesupport.casework.web.lease;

import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;

/** Requesting a lift of arrears raised in error (延滞解除): the instalments ticked, and why. */
class ArrearsLiftForm extends RequestForm {

    @NotEmpty
    private List<Integer> instalmentNumbers = new ArrayList<>();

    public List<Integer> getInstalmentNumbers() {
        return instalmentNumbers;
    }

    public void setInstalmentNumbers(List<Integer> instalmentNumbers) {
        this.instalmentNumbers = instalmentNumbers;
    }
}
