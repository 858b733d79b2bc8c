package org.smesupport.casework.web.restructuring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.smesupport.casework.web.OpeningForm;

/** Opening a restructuring case (1次対応) with the firm's situation. */
class OpenCaseForm extends OpeningForm {

    @NotBlank
    @Size(max = 2000)
    private String summary;

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
