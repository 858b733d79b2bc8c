package org.smesupport.casework.web.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smesupport.casework.api.matching.FairSide;

/**
 * A firm taking part in a fair, on one side; the id of the centre's client company when it is one (optional). The
 * participant's id is fixed when the form is shown, so a second submit registers nothing twice.
 */
class ParticipantForm {

    @NotBlank
    private String participantId;
    @NotNull
    private FairSide side;
    @NotBlank
    @Size(max = 200)
    private String firmName;
    @Size(max = 100)
    private String companyId;

    public String getParticipantId() {
        return participantId;
    }

    public void setParticipantId(String participantId) {
        this.participantId = participantId;
    }

    public FairSide getSide() {
        return side;
    }

    public void setSide(FairSide side) {
        this.side = side;
    }

    public String getFirmName() {
        return firmName;
    }

    public void setFirmName(String firmName) {
        this.firmName = firmName;
    }

    public String getCompanyId() {
        return companyId;
    }

    public void setCompanyId(String companyId) {
        this.companyId = companyId;
    }
}
