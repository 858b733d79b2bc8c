package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

/** The completed plan (計画策定完了); {@code drastic}: a drastic restructuring (抜本再生). */
public record RestructuringPlanView(LocalDate completedOn, boolean drastic, String planSummary, String requestedBy) {
}
