package org.smesupport.casework.query;

import java.util.List;
import org.bson.Document;

/**
 * One fiscal year's statistics document as a report reads it. The projections write every figure from the
 * start, but a year without activity has no document and a document written before a figure existed lacks
 * it: whatever is missing reads as zero. Paths name nested fields, e.g. {@code count("receivables", "arising")}.
 */
public record YearFigures(Document document) {

    private static final Document NONE = new Document();

    public static YearFigures of(Document document) {
        return new YearFigures(document == null ? NONE : document);
    }

    /** The number at the path; 0 where any part of it is missing. */
    public long count(String... path) {
        Object value = at(path);
        return value instanceof Number number ? number.longValue() : 0;
    }

    /** The sum of the numbers in the sub-document at the path (e.g. every industry's count). */
    public long sum(String... path) {
        return at(path) instanceof Document counters
                ? counters.values().stream().mapToLong(value -> ((Number) value).longValue()).sum() : 0;
    }

    /** The number of entries in the list at the path (e.g. the firms, each listed once). */
    public long size(String... path) {
        return at(path) instanceof List<?> list ? list.size() : 0;
    }

    private Object at(String... path) {
        Object value = document;
        for (String field : path) {
            if (!(value instanceof Document nested)) {
                return null;
            }
            value = nested.get(field);
        }
        return value;
    }
}
