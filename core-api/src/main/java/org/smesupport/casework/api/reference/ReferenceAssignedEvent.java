package org.smesupport.casework.api.reference;

import org.axonframework.serialization.Revision;

/**
 * A record got its human-readable reference: {@code number}, consecutive from 1 within {@code kind} and
 * {@code fiscalYear}, written out as {@code reference} ({@code 相談-2020-000123}). Stored in the register's
 * stream ({@code registerId}), never reused.
 */
@Revision("1")
public record ReferenceAssignedEvent(
        String registerId,
        ReferenceKind kind,
        int fiscalYear,
        long number,
        String reference,
        String recordId) {
}
