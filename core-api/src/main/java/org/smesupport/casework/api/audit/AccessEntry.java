package org.smesupport.casework.api.audit;

import java.time.Instant;

/**
 * One entry of the access log: when, what kind, who (the user name given or signed in, with their roles), the
 * request (method, path, answer's status), what was refused and why ({@code detail}: the problem's type and text),
 * the request's correlation id and the client's address.
 */
public record AccessEntry(Instant recordedAt, AccessKind kind, String user, String roles, String method, String path,
                          int status, String detail, String correlationId, String address) {
}
