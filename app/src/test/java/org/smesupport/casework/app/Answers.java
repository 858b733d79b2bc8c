package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Checks on the API's answers shared by the end-to-end tests; a failure shows the body that came back. */
final class Answers {

    private Answers() {
    }

    /** A 201 answer to a command that created an aggregate: its id. */
    static String created(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("id").asText();
    }

    static void ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    }

    /** The line with {@code code} of a report table given as an array of lines. */
    static JsonNode line(JsonNode lines, String code) {
        for (JsonNode line : lines) {
            if (line.path("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("no line " + code + " in " + lines);
    }

    /** The line with {@code code} of the table with code {@code table} among a report's {@code tables}. */
    static JsonNode line(JsonNode report, String table, String code) {
        for (JsonNode candidate : report.path("tables")) {
            if (candidate.path("code").asText().equals(table)) {
                return line(candidate.path("lines"), code);
            }
        }
        throw new AssertionError("no table " + table + " in " + report);
    }
}
