package org.smesupport.casework.api.consultation;

/** One case with its full timeline; answered with {@code null} if there is no such case. */
public record FindConsultationCaseQuery(ConsultationCaseId caseId) {
}
