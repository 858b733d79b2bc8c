package org.smesupport.casework.web.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A participant's answer to the fair's satisfaction survey (満足度): one answer each. */
class SatisfactionForm {

    @NotBlank
    private String participantId;
    @NotNull
    private Boolean satisfied;

    public String getParticipantId() {
        return participantId;
    }

    public void setParticipantId(String participantId) {
        this.participantId = participantId;
    }

    public Boolean getSatisfied() {
        return satisfied;
    }

    public void setSatisfied(Boolean satisfied) {
        this.satisfied = satisfied;
    }
}
