package org.smesupport.casework.consultation;

public record ConsultationCaseAssignedEvent(
        ConsultationCaseId caseId,
        String caseworker,
        String previousCaseworker) {
}
