package org.smesupport.casework.query.reference;

import org.smesupport.casework.api.reference.ReferenceKind;

/** The answer of {@code GET /api/references/{reference}}: the record it names and where the API serves it. */
record ReferenceLocation(String reference, ReferenceKind kind, String recordId, String path) {
}
