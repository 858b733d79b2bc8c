package org.smesupport.casework.query.matching;

import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.smesupport.casework.projection.matching.FairFields;
import org.smesupport.casework.projection.matching.MatchingStatisticsFields;

/** Read access to one year's matching statistics document, where a missing document or figure means zero. */
record MatchingYear(Document document) {

    private static final Document NONE = new Document();

    static MatchingYear of(Document document) {
        return new MatchingYear(document == null ? NONE : document);
    }

    long figure(String field) {
        Object value = document.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The fairs starting in the year, earliest first. */
    List<Document> fairs() {
        return document.getList(MatchingStatisticsFields.FAIRS, Document.class, List.of()).stream()
                .sorted(Comparator.comparing((Document fair) -> fair.getString(FairFields.STARTS_ON))
                        .thenComparing(fair -> fair.getString(MatchingStatisticsFields.FAIR_ID)))
                .toList();
    }

    long meetings() {
        return fairs().stream().mapToLong(fair -> fair.getLong(FairFields.MEETINGS)).sum();
    }
}
