package org.smesupport.casework.web.lease;

import jakarta.validation.constraints.NotBlank;

/** A supervisor reverses an approved write-off, chosen by its request, with the reason. */
class WriteOffReversalForm extends ReversingForm {

    @NotBlank
    private String writeOffId;

    public String getWriteOffId() {
        return writeOffId;
    }

    public void setWriteOffId(String writeOffId) {
        this.writeOffId = writeOffId;
    }
}
