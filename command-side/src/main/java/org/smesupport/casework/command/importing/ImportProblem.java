package org.smesupport.casework.command.importing;

import java.util.List;

/**
 * What is wrong with a row of an import file ({@code row} 0 for the file as a whole): the column at fault
 * ({@code null} for the row), the refusal {@code code} and its arguments in the {@code refusals} bundles, and the
 * text in the language the request asked for.
 */
public record ImportProblem(int row, String field, String code, List<String> arguments, String problem) {
}
