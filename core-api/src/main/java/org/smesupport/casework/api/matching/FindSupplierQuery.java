package org.smesupport.casework.api.matching;

/** One supplier, registered or withdrawn; {@code null} if there is none by that id. */
public record FindSupplierQuery(SupplierId supplierId) {
}
