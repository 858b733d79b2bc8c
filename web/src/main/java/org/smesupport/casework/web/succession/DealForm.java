package org.smesupport.casework.web.succession;

import jakarta.validation.constraints.NotBlank;

/**
 * A deal concluded (成約) by the case with another party: another succession case, named by its case number, or a
 * counterpart by name. {@code dealId} is generated with the form, so a double submit concludes one deal.
 */
class DealForm extends DealTermsForm {

    @NotBlank
    private String dealId;
    private String counterpartCaseId;

    public String getDealId() {
        return dealId;
    }

    public void setDealId(String dealId) {
        this.dealId = dealId;
    }

    public String getCounterpartCaseId() {
        return counterpartCaseId;
    }

    public void setCounterpartCaseId(String counterpartCaseId) {
        this.counterpartCaseId = counterpartCaseId;
    }
}
