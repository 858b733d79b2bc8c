package org.smesupport.casework.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;

/** Which of the API's two languages a request's Accept-Language asks for. */
public final class Languages {

    private Languages() {
    }

    /**
     * Whether Japanese comes before English in the request's Accept-Language, in the order of its q-values (the
     * container sorts them); languages we do not write are passed over. Without the header: no, English.
     */
    public static boolean prefersJapanese(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return false;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            if (locale.getLanguage().equals(Locale.JAPANESE.getLanguage())) {
                return true;
            }
            if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
                return false;
            }
        }
        return false;
    }
}
