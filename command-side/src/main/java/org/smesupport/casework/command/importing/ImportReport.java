package org.smesupport.casework.command.importing;

import java.util.List;

/**
 * What an import did, or on a dry run would do: the file and its SHA-256, how many rows it has, how many were
 * (or, of the rows without a problem, would be) stored and how many were already stored as they stand (importing a file twice stores nothing the
 * second time), the problems that stop it (a real run with any stores nothing) and the warnings that do not (a
 * published figure that does not add up is kept as published, and flagged).
 */
public record ImportReport(String kind, String file, String checksum, boolean dryRun, int rows, int stored,
                           int unchanged, List<ImportProblem> problems, List<ImportProblem> warnings) {
}
