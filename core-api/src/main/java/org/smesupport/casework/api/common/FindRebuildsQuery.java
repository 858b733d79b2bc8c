package org.smesupport.casework.api.common;

/**
 * Which of the read models behind an API path (e.g. {@code /api/reports/leases/2020}) are being rebuilt by a
 * replay, so that a page built from them can say its figures may still be low, as the API's
 * {@code X-Read-Model-Rebuilding} header does. Answered with {@link Rebuilds}.
 */
public record FindRebuildsQuery(String apiPath) {
}
