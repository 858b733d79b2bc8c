package org.smesupport.casework.query;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportTable;

/**
 * How a fiscal-year report is rebuilt from the event log alone, for the report as it stood on a past date
 * ({@link AsOfReports}): the projection that writes its read model, given a database of its own, and the report
 * built from that database by the same query handler that serves the live one, so the answer is exactly what
 * the product showed then. A programme declares one per report, beside its {@link FiscalYearReport}.
 *
 * @param <R> the report's type
 */
public interface ReportReplay<R> {

    /** The report's name, as its {@link FiscalYearReport}'s. */
    String name();

    /** A fresh instance of the statistics projection behind the report, writing into {@code readModels}. */
    Object projection(MongoDatabase readModels);

    /** The report of {@code year} from the read model in {@code readModels}. */
    R build(MongoDatabase readModels, FiscalYear year, PublishedSource published);

    /** The report's five-year tables, as its {@link FiscalYearReport} lists them. */
    List<ReportTable> tables(R report);
}
