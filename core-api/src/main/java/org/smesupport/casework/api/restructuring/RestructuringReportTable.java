package org.smesupport.casework.api.restructuring;

import java.util.List;

/** One table of the report, e.g. {@code RESTRUCTURING} 事業再生支援, with its lines in the report's order. */
public record RestructuringReportTable(String code, String title, List<RestructuringReportLine> lines) {
}
