package org.smesupport.casework.command.importing;

/** A real import that found problems (a 422 carrying the whole report; a problem found before storing stores nothing). */
class ImportRefused extends RuntimeException {

    private final ImportReport report;

    ImportRefused(ImportReport report) {
        super("The import of " + report.file() + " found " + report.problems().size() + " problem(s)");
        this.report = report;
    }

    ImportReport report() {
        return report;
    }
}
