package org.smesupport.casework.api.consultation;

import java.util.List;
import org.smesupport.casework.api.common.TimelineEntry;

/** A case in detail: its current state and every step that led there, oldest first. */
public record ConsultationCaseView(ConsultationCaseSummary summary, List<TimelineEntry> timeline) {
}
