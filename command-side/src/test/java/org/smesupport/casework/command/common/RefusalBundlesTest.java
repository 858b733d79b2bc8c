package org.smesupport.casework.command.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The two refusals bundles say the same things: every refusal in both languages, naming the same values. */
class RefusalBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** The file's own texts (through ResourceBundle the Japanese one would inherit what it lacks). */
    private static Map<String, String> bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(RefusalBundlesTest.class.getResourceAsStream("/" + file),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyRefusalIsInBothLanguagesWithTheSamePlaceholders() throws IOException {
        Map<String, String> english = bundle("refusals.properties");
        Map<String, String> japanese = bundle("refusals_ja.properties");
        assertThat(japanese.keySet()).containsExactlyElementsOf(english.keySet());
        english.forEach((key, text) -> assertThat(placeholders(japanese.get(key)))
                .as(key).isEqualTo(placeholders(text)));
    }

    /** An apostrophe would quote the rest of a MessageFormat pattern away; the English texts write ’. */
    @Test
    void everyRefusalFormatsWithItsArgumentsShown() throws IOException {
        for (String file : List.of("refusals.properties", "refusals_ja.properties")) {
            bundle(file).forEach((key, text) -> {
                assertThat(text).as(key).doesNotContain("'");
                Object[] arguments = IntStream.rangeClosed(0, placeholders(text).stream().mapToInt(Integer::parseInt)
                        .max().orElse(-1)).mapToObj(i -> "«" + i + "»").toArray();
                String formatted = new MessageFormat(text, Locale.ROOT).format(arguments);
                for (Object argument : arguments) {
                    assertThat(formatted).as(key).contains(argument.toString());
                }
                assertThat(formatted).as(key).doesNotContain("{");
            });
        }
    }

    @Test
    void aRefusalIsWrittenInEnglishFromItsCode() {
        BusinessRuleViolation refusal = new BusinessRuleViolation("name", "company.name.tooLong", 200);
        assertThat(refusal.getMessage()).isEqualTo("The company name must be at most 200 characters.");
        assertThat(refusal.code()).isEqualTo("company.name.tooLong");
        assertThat(refusal.arguments()).containsExactly("200");
    }

    @Test
    void anUnknownCodeIsABug() {
        assertThatThrownBy(() -> new BusinessRuleViolation("name", "company.name.noSuchRule", 1))
                .isInstanceOf(IllegalStateException.class);
    }
}
