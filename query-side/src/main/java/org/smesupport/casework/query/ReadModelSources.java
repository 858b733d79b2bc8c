package org.smesupport.casework.query;

import java.util.List;
import java.util.Map;

/**
 * Which processing groups build the read models behind each query endpoint, by path prefix (the groups
 * are configured under {@code axon.eventhandling.processors}). An endpoint that reads a read model
 * not listed here would answer during a rebuild without saying so, so a new query endpoint belongs here.
 * The programmes' lists and views name their companies from {@code companies} ({@code CompanyNames}), so it
 * is among their sources.
 */
final class ReadModelSources {

    private static final Map<String, List<String>> BY_PATH_PREFIX = Map.ofEntries(
            Map.entry("/api/reports/consultations/", List.of("consultation-statistics")),
            Map.entry("/api/reports/leases/", List.of("lease-statistics")),
            Map.entry("/api/reports/matching/", List.of("matching-statistics")),
            Map.entry("/api/reports/restructuring/", List.of("restructuring-statistics")),
            Map.entry("/api/consultations", List.of("consultation-cases", "companies")),
            Map.entry("/api/companies", List.of("companies")),
            Map.entry("/api/leases", List.of("lease-contracts", "companies")),
            Map.entry("/api/matching/", List.of("matching")),
            Map.entry("/api/restructuring/", List.of("restructuring", "companies")),
            Map.entry("/api/succession/", List.of("succession", "companies")),
            Map.entry("/api/references/", List.of("references")),
            Map.entry("/api/plans/", List.of("consultation-statistics", "lease-statistics", "matching-statistics",
                    "restructuring-statistics")));

    private ReadModelSources() {
    }

    static List<String> of(String path) {
        return BY_PATH_PREFIX.entrySet().stream()
                .filter(source -> path.equals(source.getKey()) || path.startsWith(source.getKey().endsWith("/")
                        ? source.getKey() : source.getKey() + "/"))
                .findFirst()
                .map(Map.Entry::getValue)
                .orElse(List.of());
    }

    static boolean isReport(String path) {
        return path.startsWith("/api/reports/");
    }
}
