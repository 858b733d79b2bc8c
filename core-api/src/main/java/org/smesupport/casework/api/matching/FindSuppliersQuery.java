package org.smesupport.casework.api.matching;

/**
 * A page of suppliers, newest registration first. Every filter is optional ({@code null}): {@code process}
 * keeps suppliers offering it, {@code region} those located there. {@code page} counts from 0.
 */
public record FindSuppliersQuery(
        SupplierStatus status,
        Process process,
        Region region,
        int page,
        int size) {
}
