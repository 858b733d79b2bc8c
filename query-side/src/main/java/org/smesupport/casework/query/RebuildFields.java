package org.smesupport.casework.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.smesupport.casework.projection.ReadModelRebuilds.Rebuild;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds {@code "rebuilding"} (and, while true, {@code "rebuildProgress"}, the least advanced of the
 * report's read models) to every JSON report answer, so that a report saved or forwarded without its
 * headers still says it was incomplete. CSV answers carry the header only.
 */
@RestControllerAdvice
final class RebuildFields implements ResponseBodyAdvice<Object> {

    private final ObjectMapper json;

    RebuildFields(ObjectMapper json) {
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
        if (!(request instanceof ServletServerHttpRequest servlet)
                || !ReadModelSources.isReport(request.getURI().getPath())
                || !(servlet.getServletRequest().getAttribute(RebuildNotice.REBUILDS_ATTRIBUTE) instanceof List<?> rebuilds)) {
            return body;
        }
        return ReportAnswers.asJsonObject(json, body, contentType).<Object>map(report -> {
            report.put("rebuilding", !rebuilds.isEmpty());
            rebuilds.stream().map(Rebuild.class::cast).mapToDouble(Rebuild::progress).min()
                    .ifPresent(progress -> report.put("rebuildProgress", Math.round(progress * 100) / 100.0));
            return report;
        }).orElse(body);
    }
}
