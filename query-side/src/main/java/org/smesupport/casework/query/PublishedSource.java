package org.smesupport.casework.query;

/** Where a report finds the figures its centre published before the records ({@link PublishedColumns}). */
@FunctionalInterface
public interface PublishedSource {

    PublishedColumns columns(String report);
}
