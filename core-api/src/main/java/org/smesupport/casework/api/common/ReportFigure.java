package org.smesupport.casework.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One figure of a report line, in the line's {@link Unit}: a {@code count} (of cases, firms or times); a half-counted figure (the 0.5
 * rule, e.g. for succession deals) as the exact {@code halves} and {@code halfCounted} = halves / 2 with one
 * decimal (15.5); an amount in exact {@code yen} with {@code thousandYen} (千円, rounded half-up, for
 * presentation only); or a {@code percent} (one decimal, half-up). {@code fiscalYear} and {@code label} name
 * the year; a difference has none. Only the fields of the unit are present.
 * <p>
 * A figure is computed from the recorded events unless {@code source} says otherwise: {@link Source#PUBLISHED}
 * for a year before the records, shown as the centre published it (an amount then has only its 千円, as printed),
 * or {@link Source#NONE} where there is no figure at all (a year before the programme's records with nothing
 * published; printed "―"). {@code published} is the published figure of a recorded year where it differs from
 * the recorded one (so the difference is listed, never hidden); {@code flag} says why a published figure does
 * not agree with the others it should (kept as published).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFigure(Integer fiscalYear, String label, Long count, Long halves, BigDecimal halfCounted,
                           Long yen, Long thousandYen, BigDecimal percent, Source source, BigDecimal published,
                           String flag) {

    /** A figure computed from the records. */
    public ReportFigure(Integer fiscalYear, String label, Long count, Long halves, BigDecimal halfCounted, Long yen,
                        Long thousandYen, BigDecimal percent) {
        this(fiscalYear, label, count, halves, halfCounted, yen, thousandYen, percent, null, null, null);
    }

    /**
     * A figure's unit as the report prints it: cases (件), firms (社) and times (回, e.g. expert dispatches) are all
     * counts; a half-count is in 件; an amount in 千円; a rate in %.
     */
    public enum Unit {
        COUNT,
        COMPANIES,
        TIMES,
        HALF_COUNT,
        YEN,
        PERCENT
    }

    /** Where a figure not computed from the records comes from. */
    public enum Source {
        /** as the centre published it, brought in by the import */
        PUBLISHED,
        /** no figure: printed "―" */
        NONE
    }
}
