package org.smesupport.casework.api.common;

import java.util.List;

/** One table of a report, e.g. {@code RESTRUCTURING} 事業再生支援, with its lines in the report's order. */
public record ReportTable(String code, String title, List<ReportLine> lines) {
}
