package org.smesupport.casework.api.restructuring;

import java.util.List;

/**
 * The cases in one stage on the board's day. The open stages list their cases, longest in stage first; the
 * closed ones (PLAN_COMPLETED, ENDED) only count them, since they grow with every year of history.
 */
public record RestructuringBoardColumn(RestructuringStage stage, String label, long count, List<RestructuringBoardCard> cases) {
}
