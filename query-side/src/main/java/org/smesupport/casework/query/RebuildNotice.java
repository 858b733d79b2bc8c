package org.smesupport.casework.query;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.smesupport.casework.projection.ReadModelRebuilds;
import org.smesupport.casework.projection.ReadModelRebuilds.Rebuild;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Tells the client of a query endpoint that the read model behind its answer is being rebuilt, so a
 * figure that is low because the replay has not reached it yet is not taken for the truth:
 * {@code X-Read-Model-Rebuilding: consultation-statistics; progress=0.42} (one entry per group, comma
 * separated). The header is set before the controller runs, so it is on JSON and CSV alike; the
 * rebuilds found are kept on the request for {@link RebuildFields}.
 */
final class RebuildNotice implements HandlerInterceptor {

    static final String HEADER = "X-Read-Model-Rebuilding";
    static final String REBUILDS_ATTRIBUTE = RebuildNotice.class.getName() + ".rebuilds";

    private final ReadModelRebuilds rebuilds;

    RebuildNotice(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!HttpMethod.GET.matches(request.getMethod())) {
            return true;
        }
        List<String> groups = ReadModelSources.of(request.getRequestURI().substring(request.getContextPath().length()));
        if (groups.isEmpty()) {
            return true;
        }
        List<Rebuild> inProgress = rebuilds.inProgress(groups);
        request.setAttribute(REBUILDS_ATTRIBUTE, inProgress);
        if (!inProgress.isEmpty()) {
            response.setHeader(HEADER, inProgress.stream()
                    .map(rebuild -> rebuild.processingGroup() + "; progress=" + progress(rebuild))
                    .collect(Collectors.joining(", ")));
        }
        return true;
    }

    static String progress(Rebuild rebuild) {
        return String.format(Locale.ROOT, "%.2f", rebuild.progress());
    }
}
