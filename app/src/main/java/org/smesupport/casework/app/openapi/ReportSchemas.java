package org.smesupport.casework.app.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smesupport.casework.query.FiscalYearReport;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The annual report's endpoints answer a different record per report ({@code /api/reports/{report}/…}), which
 * springdoc sees only as "an object", and which no client could tell apart by its fields (every report has a fiscal
 * year and tables). So the document lists each report's own path ({@code /api/reports/consultations/{fiscalYear}},
 * served by the same mapping) with its record's schema, the CSV beside the JSON, and its answer as of a past date with
 * the figures typed the same; a client generated from it gets one typed method per report. The paths that do not
 * depend on the report's type (a figure's records, the self-check) keep {@code {report}}, naming the reports.
 */
final class ReportSchemas implements OpenApiCustomizer {

    static final String REPORT_PATH = "/api/reports/{report}/{fiscalYear}";
    static final String AS_OF_PATH = REPORT_PATH + "/as-of/{date}";
    private static final String SCHEMAS = "#/components/schemas/";

    private final List<FiscalYearReport<?>> reports;

    ReportSchemas(List<FiscalYearReport<?>> reports) {
        this.reports = reports;
    }

    @Override
    public void customise(OpenAPI api) {
        List<String> names = reports.stream().map(FiscalYearReport::name).sorted().toList();
        Map<String, PathItem> byReport = new LinkedHashMap<>();
        PathItem report = api.getPaths().get(REPORT_PATH);
        PathItem asOf = api.getPaths().get(AS_OF_PATH);
        Schema<?> asOfAnswer = asOf == null ? null : answerSchema(api, asOf.getGet());
        for (FiscalYearReport<?> each : reports) {
            String type = each.answerType().getSimpleName();
            ResolvedSchema resolved = ModelConverters.getInstance()
                    .resolveAsResolvedSchema(new AnnotatedType(each.answerType()).resolveAsRef(true));
            resolved.referencedSchemas.forEach(api.getComponents()::addSchemas);
            Schema<?> figures = new Schema<>().$ref(SCHEMAS + type);
            if (report != null) {
                Operation get = ofReport(report.getGet(), each.name(), "");
                get.getResponses().get("200").setContent(new Content()
                        .addMediaType("application/json", new MediaType().schema(figures))
                        .addMediaType("text/csv", new MediaType().schema(new StringSchema()
                                .description("the same tables as CSV for Excel: UTF-8 with a byte order mark"))));
                byReport.put(REPORT_PATH.replace("{report}", each.name()), new PathItem().get(get));
            }
            if (asOf != null && asOfAnswer != null) {
                Schema<?> typed = Json.mapper().convertValue(asOfAnswer, Schema.class);
                typed.getProperties().put("figures", figures);
                api.getComponents().addSchemas(type + "AsOf", typed);
                Operation get = ofReport(asOf.getGet(), each.name(), "AsOf");
                get.getResponses().get("200").setContent(new Content()
                        .addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(SCHEMAS + type
                                + "AsOf"))));
                byReport.put(AS_OF_PATH.replace("{report}", each.name()), new PathItem().get(get));
            }
        }
        Paths paths = new Paths();
        api.getPaths().forEach((path, item) -> {
            if (!path.equals(REPORT_PATH) && !path.equals(AS_OF_PATH)) {
                nameTheReports(item, names);
                paths.addPathItem(path, item);
            }
        });
        byReport.forEach(paths::addPathItem);
        api.setPaths(paths);
    }

    /** A copy of the generic operation for one report: no {@code report} parameter, its own operation id. */
    private static Operation ofReport(Operation generic, String report, String suffix) {
        Operation copy = Json.mapper().convertValue(generic, Operation.class);
        copy.getParameters().removeIf(parameter -> parameter.getName().equals("report"));
        copy.setOperationId(report(report) + suffix);
        return copy;
    }

    /** {@code consultations} → {@code consultationsReport}. */
    private static String report(String name) {
        return name + "Report";
    }

    private static Schema<?> answerSchema(OpenAPI api, Operation get) {
        MediaType json = get.getResponses().get("200").getContent().values().iterator().next();
        String ref = json.getSchema().get$ref();
        return ref == null ? json.getSchema() : api.getComponents().getSchemas().get(ref.substring(SCHEMAS.length()));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nameTheReports(PathItem item, List<String> names) {
        item.readOperations().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(parameter -> parameter.getName().equals("report"))
                        .forEach(parameter -> {
                            Schema schema = new StringSchema();
                            schema.setEnum((List) names);
                            parameter.schema(schema).description("which report");
                        });
            }
        });
    }
}
