package org.smesupport.casework.web.restructuring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smesupport.casework.api.restructuring.CreditorKind;

/** A creditor involved in the restructuring; a name twice is refused by the case, so a double submit adds one. */
class CreditorForm {

    @NotBlank
    @Size(max = 200)
    private String creditor;
    @NotNull
    private CreditorKind kind;

    public String getCreditor() {
        return creditor;
    }

    public void setCreditor(String creditor) {
        this.creditor = creditor;
    }

    public CreditorKind getKind() {
        return kind;
    }

    public void setKind(CreditorKind kind) {
        this.kind = kind;
    }
}
