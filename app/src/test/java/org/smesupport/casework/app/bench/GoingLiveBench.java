package org.smesupport.casework.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.audit.ChainVerification;
import org.smesupport.casework.api.common.FigureRecords;
import org.smesupport.casework.api.common.FindFigureRecordsQuery;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.app.audit.chain.AuditChainVerifier;
import org.smesupport.casework.app.imports.ImportCommandLine;
import org.smesupport.casework.query.AsOfReports;
import org.smesupport.casework.query.FigureTrail;
import org.smesupport.casework.query.ReportAsOf;
import org.smesupport.casework.query.ReportSelfCheck;
import org.smesupport.casework.query.history.AggregateState;
import org.smesupport.casework.query.history.AggregateStates;
import org.springframework.context.ApplicationContext;

/**
 * What a centre going live and its auditors run once in a while, measured on the benchmark's store: every report as
 * it stood on a past date (a replay of the whole event log each), every report's self-check against its records and
 * the drill-down of its largest figure, the event store walked against its hash chain, and the imports of a book of companies and of
 * the lease contracts in force, through the command line against the running server (HTTP, multipart, every row
 * validated and sent through the command bus).
 */
final class GoingLiveBench {

    private static final int DRILL_PAGE = 50;

    private final BiConsumer<String, String> record;

    GoingLiveBench(BiConsumer<String, String> record) {
        this.record = record;
    }

    void reportsAsOf(ApplicationContext app, FiscalYear year, LocalDate asOf) {
        AsOfReports reports = app.getBean(AsOfReports.class);
        for (String name : reports.names()) {
            long started = System.nanoTime();
            ReportAsOf<?> report = reports.asOf(name, year, asOf);
            long millis = (System.nanoTime() - started) / 1_000_000;
            record.accept("report " + name + " " + year + " as of " + asOf,
                    "%,d ms (%,d events replayed, %d figures changed since)".formatted(millis,
                            report.eventsReplayed(), report.changedSince().size()));
        }
    }

    /**
     * Every report's self-check (a replay of the whole log watching every figure, then the comparison), again with
     * the replay kept (the log has not grown), and pages of the records behind the KIP total, the largest figure.
     */
    void drillDowns(ApplicationContext app, FiscalYear year) {
        FigureTrail trail = app.getBean(FigureTrail.class);
        for (String name : app.getBean(AsOfReports.class).names()) {
            for (String run : List.of("replayed", "kept")) {
                long started = System.nanoTime();
                ReportSelfCheck check = trail.selfCheck(name, year);
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertThat(check.mismatches()).as(name).isEmpty();
                record.accept("self-check " + name + " " + year + " (" + run + ")",
                        "%,d ms (%,d events replayed, %,d figures checked, all agree)".formatted(millis,
                                check.eventsReplayed(), check.figuresChecked()));
            }
        }
        QueryGateway queries = app.getBean(QueryGateway.class);
        FigureRecords first = records(queries, year, 0);
        int lastPage = Math.max(0, (first.records() - 1) / DRILL_PAGE);
        long started = System.nanoTime();
        records(queries, year, 0);
        records(queries, year, lastPage);
        long millis = (System.nanoTime() - started) / 1_000_000;
        record.accept("drill-down consultations " + year + " KIP total, first and last page of " + DRILL_PAGE,
                "%,d ms for both (%,d records, %,d in all)".formatted(millis, first.records(), first.fromRecords()));
    }

    private static FigureRecords records(QueryGateway queries, FiscalYear year, int page) {
        return queries.query(new FindFigureRecordsQuery("consultations", year.startYear(), "ONE_STOP", "KIP_TOTAL",
                page, DRILL_PAGE, true), ResponseTypes.instanceOf(FigureRecords.class)).join();
    }

    /** The whole event store walked against the hash chain, as {@code GET /api/audit/verify} does. */
    void chainVerification(ApplicationContext app) {
        long started = System.nanoTime();
        ChainVerification verification = app.getBean(AuditChainVerifier.class).verify();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(verification.problems()).isEmpty();
        record.accept("audit chain verification (whole store)", "%,d ms (%,d events, %,d links, %d pending, %d seals)"
                .formatted(millis, verification.eventsInStore(), verification.links(), verification.pending(),
                        verification.sealsChecked()));
    }

    /**
     * A lease contract's state at the end of each of {@code samples} days through its history (its events replayed
     * through the live projection each time), and at every version, as {@code GET /api/audit/streams/{id}/state}.
     */
    void leaseStates(ApplicationContext app, String contractId, int samples) {
        AggregateStates states = app.getBean(AggregateStates.class);
        AggregateState now = states.state(contractId, null, null).orElseThrow();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long version = now.version() * i / Math.max(1, samples - 1);
            long started = System.nanoTime();
            states.state(contractId, version, null);
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        millis.sort(null);
        record.accept("state of lease " + contractId + " at " + samples + " versions (" + (now.version() + 1)
                + " events)", "p50 %d ms, p95 %d ms".formatted(millis.get(millis.size() / 2),
                millis.get(Math.min(millis.size() - 1, millis.size() * 95 / 100))));
    }

    /** {@code contracts} companies, then one lease contract in force at the cut-over for each, each file twice. */
    void imports(int port, int contracts) throws IOException {
        Path companies = Files.createTempFile("bench-companies-", ".csv");
        Path leases = Files.createTempFile("bench-leases-", ".csv");
        List<String> companyRows = new ArrayList<>(List.of(
                "sourceId,corporateNumber,name,industry,municipality,sizeClass"));
        List<String> leaseRows = new ArrayList<>(List.of("sourceId,companyId,kind,equipment,amount,termMonths,"
                + "frequency,annualRateBasisPoints,contractDate,firstDueDate,cutOver,paidPrincipal,paidInterest"));
        for (int i = 0; i < contracts; i++) {
            String base = "%012d".formatted(700_000_000_000L + i);
            String sourceId = "B-" + i;
            companyRows.add(String.join(",", sourceId, CorporateNumber.checkDigit(base) + base, "ベンチ工業" + i,
                    "MANUFACTURING", "横浜市", "SMALL"));
            String companyId = UUID.nameUUIDFromBytes(("company-import:" + sourceId).getBytes(StandardCharsets.UTF_8))
                    .toString();
            leaseRows.add(String.join(",", "L-" + i, companyId, "LEASE", "旋盤", "1200000", "12", "MONTHLY", "0",
                    "2020-03-15", "2020-04-25", "2020-04-01", "0", "0"));
        }
        Files.write(companies, companyRows, StandardCharsets.UTF_8);
        Files.write(leases, leaseRows, StandardCharsets.UTF_8);
        run(port, "companies", companies, contracts, true);
        run(port, "companies", companies, contracts, false);
        run(port, "lease-contracts", leases, contracts, true);
        run(port, "lease-contracts", leases, contracts, false);
        run(port, "lease-contracts", leases, contracts, false);
    }

    private void run(int port, String kind, Path file, int rows, boolean dryRun) {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(kind, file.toString(), "--url=http://localhost:" + port,
                "--user=admin"));
        if (dryRun) {
            args.add("--dry-run");
        }
        long started = System.nanoTime();
        int status = new ImportCommandLine(new PrintStream(report, true, StandardCharsets.UTF_8), System.err)
                .run(args.toArray(String[]::new), () -> "demo");
        long nanos = System.nanoTime() - started;
        String answer = report.toString(StandardCharsets.UTF_8);
        assertThat(status).as(answer.length() > 2000 ? answer.substring(0, 2000) : answer)
                .isEqualTo(ImportCommandLine.DONE);
        String stored = answer.replaceAll("(?s).*\"stored\"\\s*:\\s*(\\d+).*", "$1");
        long perSecond = rows * 1_000_000_000L / Math.max(1, nanos);
        record.accept("import " + kind + (dryRun ? " (dry run)" : "") + ", " + rows + " rows",
                "%,d ms = %,d rows/s (%s stored)".formatted(nanos / 1_000_000, perSecond, stored));
    }
}
