package org.smesupport.casework.web.lease;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.smesupport.casework.api.lease.Instalment;

/**
 * Requesting a deferral (延納): the revised instalments that replace the untouched ones, one row each; rows left
 * blank at the end are not part of the request (the form offers a few spare rows to spread the principal further).
 * {@code expectedVersion} is the contract's version the rows were proposed from.
 */
class DeferralForm extends RequestForm {

    @Valid
    private List<RevisedInstalmentRow> revisedInstalments = new ArrayList<>();
    @NotNull
    private Long expectedVersion;

    /** The rows up to the last one filled in, in order: their indexes are the command's, so refusals land on them. */
    List<Instalment> instalments() {
        int filled = revisedInstalments.size();
        while (filled > 0 && revisedInstalments.get(filled - 1).isBlank()) {
            filled--;
        }
        return revisedInstalments.subList(0, filled).stream().map(RevisedInstalmentRow::toInstalment).toList();
    }

    public List<RevisedInstalmentRow> getRevisedInstalments() {
        return revisedInstalments;
    }

    public void setRevisedInstalments(List<RevisedInstalmentRow> revisedInstalments) {
        this.revisedInstalments = revisedInstalments;
    }

    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
