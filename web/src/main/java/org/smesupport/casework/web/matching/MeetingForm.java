package org.smesupport.casework.web.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A meeting (商談) at a fair between an ordering and a supplying participant; its id is fixed when shown. */
class MeetingForm {

    @NotBlank
    private String meetingId;
    @NotBlank
    private String orderingParticipantId;
    @NotBlank
    private String supplyingParticipantId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    public String getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(String meetingId) {
        this.meetingId = meetingId;
    }

    public String getOrderingParticipantId() {
        return orderingParticipantId;
    }

    public void setOrderingParticipantId(String orderingParticipantId) {
        this.orderingParticipantId = orderingParticipantId;
    }

    public String getSupplyingParticipantId() {
        return supplyingParticipantId;
    }

    public void setSupplyingParticipantId(String supplyingParticipantId) {
        this.supplyingParticipantId = supplyingParticipantId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }
}
