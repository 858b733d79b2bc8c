package org.smesupport.casework.api.consultation;

import java.util.List;

/** A case in detail: its current state and every step that led there, oldest first. */
public record ConsultationCaseView(ConsultationCaseSummary summary, List<ConsultationTimelineEntry> timeline) {
}
