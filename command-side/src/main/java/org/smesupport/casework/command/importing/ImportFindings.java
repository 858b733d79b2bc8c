package org.smesupport.casework.command.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.smesupport.casework.command.common.RefusalTexts;

/** The problems and warnings an import finds, by row, as refusal codes to be written in the request's language. */
public final class ImportFindings {

    private final List<Finding> problems = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();

    public void problem(int row, String field, String code, Object... arguments) {
        problems.add(new Finding(row, field, code, RefusalTexts.written(arguments)));
    }

    void problem(int row, String field, String code, List<String> arguments) {
        problems.add(new Finding(row, field, code, arguments));
    }

    public void warning(int row, String field, String code, Object... arguments) {
        warnings.add(new Finding(row, field, code, RefusalTexts.written(arguments)));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether a problem was found with the row (a problem of the file as a whole is not one of any row). */
    boolean hasProblem(int row) {
        return problems.stream().anyMatch(problem -> problem.row() == row);
    }

    /** The problems, each written by {@code texts} from its code and arguments. */
    List<ImportProblem> problems(Function<Finding, String> texts) {
        return problems.stream().map(finding -> finding.written(texts)).toList();
    }

    List<ImportProblem> warnings(Function<Finding, String> texts) {
        return warnings.stream().map(finding -> finding.written(texts)).toList();
    }

    record Finding(int row, String field, String code, List<String> arguments) {

        ImportProblem written(Function<Finding, String> texts) {
            return new ImportProblem(row, field, code, arguments, texts.apply(this));
        }

        String english() {
            return RefusalTexts.english(code, arguments);
        }
    }
}
