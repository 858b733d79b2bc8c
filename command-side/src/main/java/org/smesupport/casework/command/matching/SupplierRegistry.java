package org.smesupport.casework.command.matching;

import java.time.LocalDate;
import java.util.Optional;
import org.smesupport.casework.api.matching.SupplierId;

/** Tells an order request's command handlers whether a supplier it is to be introduced exists, and what it is. */
interface SupplierRegistry {

    /** The supplier as its events state it now, or empty when no supplier is registered under {@code supplierId}. */
    Optional<RegisteredSupplier> supplierOf(SupplierId supplierId);

    /**
     * What an introduction needs to know of a supplier.
     *
     * @param name the company's name as registered with the supplier
     * @param withdrawnOn {@code null} while the supplier takes orders
     */
    record RegisteredSupplier(String name, LocalDate registeredOn, LocalDate withdrawnOn) {

        boolean withdrawn() {
            return withdrawnOn != null;
        }
    }
}
