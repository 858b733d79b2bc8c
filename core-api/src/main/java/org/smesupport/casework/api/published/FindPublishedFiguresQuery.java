package org.smesupport.casework.api.published;

/** Every published figure recorded for one programme's report, answered as {@link PublishedFigures}. */
public record FindPublishedFiguresQuery(String report) {
}
