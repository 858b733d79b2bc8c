package org.smesupport.casework.api.restructuring;

import java.util.List;

/** One page of improvement-plan subsidy files; {@code total} counts every file matching the filter. */
public record ImprovementSubsidyPage(List<ImprovementSubsidyView> items, int page, int size, long total) {
}
