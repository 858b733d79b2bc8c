package org.smesupport.casework.api.common;

import java.util.List;

/**
 * Why a command was refused, as the details of Axon's {@code CommandExecutionException}. Exception
 * classes do not survive a trip through Axon Server, but this record does, so the REST layer can
 * answer with the right status wherever the command was handled.
 *
 * @param kind      one of {@link #RULE_VIOLATION}, {@link #NOT_FOUND}, {@link #CONFLICT}
 * @param message   written for a caseworker, in English (the text of {@code code} in the base bundle)
 * @param field     the input the refusal is about, or {@code null} when it concerns the whole command
 * @param code      the key of the refusal's text in the {@code refusals} bundles, so a page or a client that
 *                  prefers Japanese shows it in Japanese; {@code null} from a service that predates codes
 * @param arguments the values the text names, already written out ({0}, {1}, … in the bundles)
 */
public record CommandFailure(String kind, String message, String field, String code, List<String> arguments) {

    /** A business rule refused the command (HTTP 422). */
    public static final String RULE_VIOLATION = "RULE_VIOLATION";
    /** The command addressed an aggregate that does not exist (HTTP 404). */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** Someone else changed the aggregate first, or its id is taken (HTTP 409). */
    public static final String CONFLICT = "CONFLICT";

    /** A failure from a service that predates codes has neither code nor arguments. */
    public CommandFailure {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
