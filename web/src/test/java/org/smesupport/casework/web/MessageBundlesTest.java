package org.smesupport.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The pages' bundles: every label in both languages, and none shadowing a refusal's text (the pages resolve
 * {@code messages} before {@code refusals}, so a shared key would show a label where a refusal was meant).
 */
class MessageBundlesTest {

    @Test
    void everyLabelIsInJapaneseAndInEnglish() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void noLabelShadowsARefusal() throws IOException {
        assertThat(bundle("messages.properties").stringPropertyNames())
                .doesNotContainAnyElementsOf(bundle("refusals.properties").stringPropertyNames());
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
