package org.smesupport.casework.command.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.company.Industry;

class RowFieldsTest {

    private final ImportFindings findings = new ImportFindings();

    @Test
    void numbersReadAsPrintedWithSeparatorsAndTriangleNegatives() {
        RowFields row = row(Map.of("loss", "△1,234.5", "fall", "▲2", "sales", "12，345", "minus", "-7", "count",
                "1,200"));

        assertThat(row.decimal("loss")).isEqualByComparingTo("-1234.5");
        assertThat(row.decimal("fall")).isEqualByComparingTo("-2");
        assertThat(row.decimal("sales")).isEqualByComparingTo(new BigDecimal("12345"));
        assertThat(row.decimal("minus")).isEqualByComparingTo("-7");
        assertThat(row.integer("count")).isEqualTo(1200);
        assertThat(row.optionalLong("count")).isEqualTo(1200L);
        assertThat(row.readable()).isTrue();
        assertThat(problems()).isEmpty();
    }

    @Test
    void everyCellThatDoesNotReadIsAProblemOnItsField() {
        Map<String, String> cells = new HashMap<>();
        cells.put("blank", null);
        cells.put("sales", "たくさん");
        cells.put("on", "2024/04/01");
        cells.put("industry", "FISHING");
        RowFields row = row(cells);

        assertThat(row.text("blank")).isNull();
        assertThat(row.optionalText("blank")).isNull();
        assertThat(row.decimal("sales")).isNull();
        assertThat(row.date("on")).isNull();
        assertThat(row.oneOf("industry", Industry.class)).isNull();

        assertThat(row.readable()).isFalse();
        assertThat(problems()).extracting(ImportProblem::row, ImportProblem::field, ImportProblem::code)
                .containsExactly(
                        tuple(3, "blank", "import.field.required"),
                        tuple(3, "sales", "import.field.notNumber"),
                        tuple(3, "on", "import.field.notDate"),
                        tuple(3, "industry", "import.field.notOneOf"));
        assertThat(problems().get(3).problem()).startsWith("industry must be one of MANUFACTURING, CONSTRUCTION")
                .endsWith(", not \"FISHING\".");
    }

    @Test
    void datesAndConstantsReadByTheirNames() {
        RowFields row = row(Map.of("on", "2024-04-01", "industry", "RETAIL"));

        assertThat(row.date("on")).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(row.oneOf("industry", Industry.class)).isEqualTo(Industry.RETAIL);
        assertThat(row.readable()).isTrue();
    }

    private RowFields row(Map<String, String> cells) {
        return new RowFields(new ImportRow(3, cells), findings);
    }

    private List<ImportProblem> problems() {
        return findings.problems(ImportFindings.Finding::english);
    }
}
