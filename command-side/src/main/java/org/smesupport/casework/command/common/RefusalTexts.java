package org.smesupport.casework.command.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The English text of a refusal: the pattern under its code in the base bundle {@code refusals.properties}
 * (core-api), formatted with its arguments. The same code and arguments give the Japanese text from
 * {@code refusals_ja.properties} where a page or an API client asks for Japanese.
 */
public final class RefusalTexts {

    /** The base bundle only: the English text must not depend on the server's own language. */
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("refusals", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private RefusalTexts() {
    }

    /** The values a refusal names, written out once, as the text shows them. */
    public static List<String> written(Object... arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** A code missing from the bundle is a bug in the code that refuses, not a refusal. */
    public static String english(String code, List<String> arguments) {
        try {
            return new MessageFormat(ENGLISH.getString(code), Locale.ROOT).format(arguments.toArray());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No refusal text " + code + " in refusals.properties", e);
        }
    }
}
