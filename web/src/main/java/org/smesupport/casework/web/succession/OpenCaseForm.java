package org.smesupport.casework.web.succession;

import jakarta.validation.constraints.NotNull;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.web.OpeningForm;

/**
 * Opening a succession consultation (事業引継ぎ相談) on one side. {@code inPrefecture}: the centre's record of where
 * the firm is, which a deal's counting takes from the case.
 */
class OpenCaseForm extends OpeningForm {

    @NotNull
    private SuccessionSide side;
    private boolean inPrefecture = true;

    public SuccessionSide getSide() {
        return side;
    }

    public void setSide(SuccessionSide side) {
        this.side = side;
    }

    public boolean isInPrefecture() {
        return inPrefecture;
    }

    public void setInPrefecture(boolean inPrefecture) {
        this.inPrefecture = inPrefecture;
    }
}
