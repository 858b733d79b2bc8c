package org.smesupport.casework.command.importing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.smesupport.casework.command.importing.ImportFindings.Finding;
import org.smesupport.casework.command.web.Languages;
import org.smesupport.casework.command.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports for administrators (the security configuration's): {@code POST /api/imports/{kind}} with the file as the
 * multipart part {@code file}; {@code dryRun=true} answers with the validation report and stores nothing. Problems
 * and warnings are written in Japanese when the request's Accept-Language prefers it.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final Importer importer;
    private final MessageSource refusals;

    ImportController(Importer importer, MessageSource refusals) {
        this.importer = importer;
        this.refusals = refusals;
    }

    /** The imports there are and the columns each reads. */
    @GetMapping
    List<ImportLayout> kinds() {
        return importer.kinds().stream().map(kind -> new ImportLayout(kind.name(), kind.columns())).toList();
    }

    /**
     * Imports a file of the centre's earlier books, or only checks it.
     * With {@code dryRun=true} nothing is stored. Answers with the validation report; a real run on a file with
     * problems is refused (422) and stores nothing.
     *
     * @param kind the import, as {@code GET /api/imports} lists them
     */
    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFile(@PathVariable String kind, @RequestPart("file") MultipartFile file,
                            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request)
            throws IOException {
        ImportKind<?> importKind = importer.kind(kind).orElseThrow(() -> new UnknownImport(kind));
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload" : file.getOriginalFilename();
        return importer.run(importKind, new ImportFile(name, file.getBytes()), dryRun, texts(request));
    }

    @ExceptionHandler(ImportRefused.class)
    ResponseEntity<ProblemDetail> refused(ImportRefused refused, HttpServletRequest request) {
        ImportReport report = refused.report();
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "import-refused", "Import refused",
                Languages.prefersJapanese(request)
                        ? "%s に %d 件の問題があります。".formatted(report.file(), report.problems().size())
                        : "%s has %d problem(s).".formatted(report.file(), report.problems().size()));
        problem.setProperty("report", report);
        return answer(problem, request);
    }

    @ExceptionHandler(UnreadableImportFile.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableImportFile unreadable, HttpServletRequest request) {
        return answer(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-import", "Unreadable import file",
                text(request, new Finding(0, null, "import.file.unreadable",
                        List.of(unreadable.file(), unreadable.reason())))), request);
    }

    @ExceptionHandler(UnknownImport.class)
    ResponseEntity<ProblemDetail> unknown(UnknownImport unknown, HttpServletRequest request) {
        String names = String.join(", ", importer.kinds().stream().map(ImportKind::name).toList());
        return answer(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                text(request, new Finding(0, null, "import.kind.unknown", List.of(unknown.kind(), names)))), request);
    }

    private Function<Finding, String> texts(HttpServletRequest request) {
        return finding -> text(request, finding);
    }

    private String text(HttpServletRequest request, Finding finding) {
        if (!Languages.prefersJapanese(request)) {
            return finding.english();
        }
        return refusals.getMessage(new DefaultMessageSourceResolvable(new String[] {finding.code()},
                finding.arguments().toArray(), finding.english()), Locale.JAPANESE);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** An import's name and the columns its files have. */
    record ImportLayout(String kind, List<String> columns) {
    }

    /** No import of that name. */
    static final class UnknownImport extends RuntimeException {

        private final String kind;

        UnknownImport(String kind) {
            super("There is no import of " + kind);
            this.kind = kind;
        }

        String kind() {
            return kind;
        }
    }
}
