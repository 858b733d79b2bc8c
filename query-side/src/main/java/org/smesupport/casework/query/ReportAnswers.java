package org.smesupport.casework.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.springframework.http.MediaType;

/** What the advices that annotate fiscal-year reports share: the JSON answer they may add fields to. */
final class ReportAnswers {

    private ReportAnswers() {
    }

    /** The answer as a JSON object, or empty for CSV, text and anything that is not an object. */
    static Optional<ObjectNode> asJsonObject(ObjectMapper json, Object body, MediaType contentType) {
        if (body == null || body instanceof CharSequence || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
            return Optional.empty();
        }
        return json.valueToTree(body) instanceof ObjectNode report ? Optional.of(report) : Optional.empty();
    }
}
