package org.smesupport.casework.command.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.slf4j.MDC;
import org.smesupport.casework.api.common.CommandFailure;
import org.smesupport.casework.command.common.CommandFailures;
import org.smesupport.casework.command.importing.ImportFindings.Finding;
import org.smesupport.casework.command.importing.ImportKind.ReadRow;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs an import: reads every row, checks the file as a whole, and on a real run without problems sends each row's
 * command through the command bus (several aggregates at a time), as a caseworker's would go, with the file's name, its SHA-256 and the row
 * number in the metadata (so every stored event says where it came from). A dry run stops before sending.
 * Rows already stored as they stand are not sent again. A row that a business rule refuses while the others
 * are stored is reported with its rule; the rows stored before it stay stored, and running the corrected file
 * again stores only what is still missing.
 */
@Service
public class Importer {

    /** Aggregates sent at once: the event store's group commit, not the cores, is what they share. */
    private static final int SENDERS = 8;
    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private final CommandGateway commands;
    private final Map<String, ImportKind<?>> kinds;

    Importer(CommandGateway commands, List<ImportKind<?>> kinds) {
        this.commands = commands;
        this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::name, Function.identity()));
    }

    Optional<ImportKind<?>> kind(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    List<ImportKind<?>> kinds() {
        return kinds.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    /** The import named {@code kind} run on the file, its findings in English (for a run without a request). */
    public ImportReport run(String kind, ImportFile file, boolean dryRun) {
        ImportKind<?> named = kind(kind).orElseThrow(() -> new IllegalArgumentException("no import " + kind));
        return run(named, file, dryRun, Finding::english);
    }

    /**
     * The import's report; throws {@link ImportRefused} on a real run that found problems ({@code texts} writes
     * each finding in the request's language).
     */
    public <C> ImportReport run(ImportKind<C> kind, ImportFile file, boolean dryRun, Function<Finding, String> texts) {
        List<ImportRow> rows = file.rows();
        ImportFindings findings = new ImportFindings();
        if (rows.isEmpty()) {
            findings.problem(0, null, "import.file.empty", file.name());
        }
        checkColumns(kind, rows, findings);
        List<ReadRow<C>> read = new ArrayList<>();
        for (ImportRow row : rows) {
            RowFields fields = new RowFields(row, findings);
            C command = kind.read(fields);
            if (command != null && fields.readable()) {
                read.add(new ReadRow<>(row.number(), command));
            }
        }
        kind.check(read, findings);
        List<ReadRow<C>> sound = read.stream().filter(row -> !findings.hasProblem(row.row())).toList();
        List<ReadRow<C>> toStore = sound.stream().filter(row -> !kind.alreadyStored(row.command())).toList();
        int unchanged = sound.size() - toStore.size();
        if (dryRun || findings.hasProblems()) {
            ImportReport report = report(kind, file, dryRun, rows.size(), dryRun ? toStore.size() : 0, unchanged,
                    findings, texts);
            if (!dryRun) {
                throw new ImportRefused(report);
            }
            return report;
        }
        int stored = store(toStore, file, findings);
        ImportReport report = report(kind, file, false, rows.size(), stored, unchanged, findings, texts);
        if (findings.hasProblems()) {
            throw new ImportRefused(report);
        }
        return report;
    }

    /**
     * Sends the rows' commands, those of one aggregate in the file's order on one thread and those of different
     * aggregates {@link #SENDERS} at a time: every command is committed durably, and the event store commits
     * concurrent commands together, so a book of many records loads several times faster than row after row.
     * Each sender acts for the administrator who sent the file (the request's security context and log context).
     */
    private <C> int store(List<ReadRow<C>> rows, ImportFile file, ImportFindings findings) {
        String checksum = file.checksum();
        Map<String, List<ReadRow<C>>> byAggregate = new LinkedHashMap<>();
        for (ReadRow<C> row : rows) {
            byAggregate.computeIfAbsent(TARGETS.resolveTarget(GenericCommandMessage.asCommandMessage(row.command()))
                    .getIdentifier(), id -> new ArrayList<>()).add(row);
        }
        SecurityContext sender = SecurityContextHolder.getContext();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        AtomicInteger stored = new AtomicInteger();
        Map<Integer, Throwable> refused = new ConcurrentSkipListMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(Math.min(SENDERS, Math.max(1, byAggregate.size())));
        try {
            List<Future<?>> chains = new ArrayList<>();
            for (List<ReadRow<C>> chain : byAggregate.values()) {
                chains.add(senders.submit(() -> asSender(sender, logContext, () -> {
                    for (ReadRow<C> row : chain) {
                        try {
                            commands.sendAndWait(GenericCommandMessage.asCommandMessage(row.command())
                                    .andMetaData(MetaData.with(ImportMetadata.FILE, file.name())
                                            .and(ImportMetadata.CHECKSUM, checksum)
                                            .and(ImportMetadata.ROW, row.row())));
                            stored.incrementAndGet();
                        } catch (RuntimeException failure) {
                            refused.put(row.row(), failure);
                        }
                    }
                })));
            }
            for (Future<?> chain : chains) {
                chain.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing " + file.name(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("storing " + file.name() + " failed", e.getCause());
        } finally {
            senders.shutdownNow();
        }
        refused.forEach((row, failure) -> {
            CommandFailure why = CommandFailures.of(failure).orElseThrow(() -> failure instanceof RuntimeException
                    unexpected ? unexpected : new IllegalStateException(failure));
            findings.problem(row, why.field(), why.code(), why.arguments());
        });
        return stored.get();
    }

    private static void asSender(SecurityContext sender, Map<String, String> logContext, Runnable work) {
        SecurityContextHolder.setContext(sender);
        if (logContext != null) {
            MDC.setContextMap(logContext);
        }
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
            MDC.clear();
        }
    }

    private static void checkColumns(ImportKind<?> kind, List<ImportRow> rows, ImportFindings findings) {
        Set<String> unknown = new HashSet<>();
        rows.forEach(row -> row.values().keySet().stream()
                .filter(column -> !kind.columns().contains(column))
                .forEach(unknown::add));
        unknown.stream().sorted().forEach(column -> findings.problem(0, column, "import.field.unknown", column,
                String.join(", ", kind.columns())));
    }

    private static ImportReport report(ImportKind<?> kind, ImportFile file, boolean dryRun, int rows, int stored,
                                       int unchanged, ImportFindings findings, Function<Finding, String> texts) {
        return new ImportReport(kind.name(), file.name(), file.checksum(), dryRun, rows, stored, unchanged,
                findings.problems(texts), findings.warnings(texts));
    }
}
