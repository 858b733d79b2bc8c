package org.smesupport.casework.web.matching;

import java.util.Arrays;
import java.util.List;

/** A form's free text as the commands take it: optional text as {@code null}, a list as one entry a line. */
final class Text {

    private Text() {
    }

    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
    }
}
