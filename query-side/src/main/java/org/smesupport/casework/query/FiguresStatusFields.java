package org.smesupport.casework.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.fiscalyear.FindFiscalYearStatusQuery;
import org.smesupport.casework.api.fiscalyear.FiscalYearStatus;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Says on every fiscal-year report whether its year's figures are final: {@code "figures"} in the JSON
 * ({@link FiscalYearStatus}: {@code PROVISIONAL}, or {@code CLOSED} with the date, who and the version of
 * the close) and the {@code X-Figures-Status} header on JSON and CSV alike (e.g. {@code closed; closedOn=
 * 2021-05-10; version=3}), so a printed or forwarded report cannot pass provisional figures off as final.
 */
@RestControllerAdvice
final class FiguresStatusFields implements ResponseBodyAdvice<Object> {

    static final String HEADER = "X-Figures-Status";

    private final QueryGateway queryGateway;
    private final ObjectMapper json;

    FiguresStatusFields(QueryGateway queryGateway, ObjectMapper json) {
        this.queryGateway = queryGateway;
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        String path = request.getURI().getPath();
        Integer fiscalYear = reportYear(path);
        if (body == null || body instanceof ProblemDetail || fiscalYear == null) {
            return body;
        }
        FiscalYearStatus status = queryGateway.query(new FindFiscalYearStatusQuery(fiscalYear),
                ResponseTypes.instanceOf(FiscalYearStatus.class)).join();
        response.getHeaders().set(HEADER, FiscalYearStatus.CLOSED.equals(status.status())
                ? "closed; closedOn=%s; version=%d".formatted(status.closedOn(), status.version())
                : "provisional");
        return ReportAnswers.asJsonObject(json, body, contentType).<Object>map(report -> {
            report.set("figures", json.valueToTree(status));
            return report;
        }).orElse(body);
    }

    /** {@code /api/reports/{kind}/{year}}: the year B of a report that answered; anything else is not one. */
    private static Integer reportYear(String path) {
        if (!ReadModelSources.isReport(path)) {
            return null;
        }
        String year = path.substring(path.lastIndexOf('/') + 1);
        return year.matches("[0-9]{4}") ? Integer.valueOf(year) : null;
    }
}
