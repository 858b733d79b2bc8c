package org.smesupport.casework.query;

import com.mongodb.client.MongoDatabase;
import java.util.function.BiFunction;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.projection.StatisticsProjection;

/**
 * How a fiscal-year report is rebuilt from the event log alone, for the report as it stood on a past date
 * ({@link AsOfReports}) and for its drill-down ({@link FigureTrail}): the statistics projection behind it, made to
 * write into a database of its own (given the read models' cache size), and the report built from that database
 * by the same query handler that serves the live one, so the answer is exactly what the product showed then.
 *
 * @param <R> the report's type
 */
public record ReportReplay<R>(BiFunction<MongoDatabase, Integer, StatisticsProjection> projection, Builder<R> builder) {

    /** The report of {@code year} from the read model in {@code readModels}. */
    @FunctionalInterface
    public interface Builder<R> {
        R build(MongoDatabase readModels, PublishedSource published, FiscalYear year);
    }
}
