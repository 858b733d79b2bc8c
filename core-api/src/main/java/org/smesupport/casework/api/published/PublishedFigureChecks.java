package org.smesupport.casework.api.published;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic that published figures must obey, checked when they are imported and whenever a report shows
 * them. A figure that fails is kept as published and flagged: the published FY2016 receivables roll-forward
 * gives 480,186 + 32,032 − 40,392 − 39,166 = 432,660 千円 against a printed closing balance of 432,665, because
 * each 千円 figure was rounded on its own. Checked: the lease receivables roll-forward of a year (opening +
 * arising − recovered − written off = closing) and its carrying over (a year's closing = the next year's
 * opening).
 */
public final class PublishedFigureChecks {

    public static final String LEASES = "leases";
    static final String OPENING = "RECEIVABLES.OPENING";
    static final String ARISING = "RECEIVABLES.ARISING";
    static final String RECOVERED = "RECEIVABLES.RECOVERED";
    static final String WRITTEN_OFF = "RECEIVABLES.WRITTEN_OFF";
    static final String CLOSING = "RECEIVABLES.CLOSING";

    private PublishedFigureChecks() {
    }

    public static List<PublishedInconsistency> check(String report, List<PublishedFigure> figures) {
        if (!LEASES.equals(report)) {
            return List.of();
        }
        Map<String, BigDecimal> values = new HashMap<>();
        figures.forEach(figure -> values.put(figure.lineKey() + "@" + figure.fiscalYear(), figure.value()));
        List<PublishedInconsistency> found = new ArrayList<>();
        figures.stream().filter(figure -> figure.lineKey().equals(CLOSING)).forEach(closing -> {
            int year = closing.fiscalYear();
            BigDecimal opening = values.get(OPENING + "@" + year);
            BigDecimal arising = values.get(ARISING + "@" + year);
            BigDecimal recovered = values.get(RECOVERED + "@" + year);
            BigDecimal writtenOff = values.get(WRITTEN_OFF + "@" + year);
            if (opening != null && arising != null && recovered != null && writtenOff != null) {
                BigDecimal expected = opening.add(arising).subtract(recovered).subtract(writtenOff);
                if (expected.compareTo(closing.value()) != 0) {
                    found.add(new PublishedInconsistency(report, CLOSING, year,
                            "年度当初延滞額 + 延滞発生額 − 延滞回収額 − 償却額 = %s（公表値 %s、差 %s）".formatted(
                                    expected.toPlainString(), closing.value().toPlainString(),
                                    closing.value().subtract(expected).toPlainString())));
                }
            }
            BigDecimal nextOpening = values.get(OPENING + "@" + (year + 1));
            if (nextOpening != null && nextOpening.compareTo(closing.value()) != 0) {
                found.add(new PublishedInconsistency(report, OPENING, year + 1,
                        "前年度の年度末延滞額 %s と一致しない（公表値 %s）".formatted(closing.value().toPlainString(),
                                nextOpening.toPlainString())));
            }
        });
        return found;
    }
}
