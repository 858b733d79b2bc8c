package org.smesupport.casework.web.restructuring;

import jakarta.validation.constraints.NotNull;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.web.OpeningForm;

/**
 * An improvement-plan subsidy's usage application received (利用申請受付), which opens its file: the file's id (as
 * {@code caseId}, generated with the form), the company, the kind of subsidy and the day it was received.
 */
class SubsidyApplicationForm extends OpeningForm {

    @NotNull
    private ImprovementSubsidyKind kind;

    public ImprovementSubsidyKind getKind() {
        return kind;
    }

    public void setKind(ImprovementSubsidyKind kind) {
        this.kind = kind;
    }
}
