package org.smesupport.casework.command.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestReceivedEvent;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.matching.SupplierRegistry.RegisteredSupplier;

/** What the matching tests start from: one registered company, its supplier registration, one order request. */
final class MatchingFixtures {

    static final CompanyId COMPANY = CompanyId.of("company-1");
    static final String COMPANY_NAME = "かながわ精工";
    static final SupplierId SUPPLIER = SupplierId.of("supplier-company-1");
    static final SupplierId WITHDRAWN_SUPPLIER = SupplierId.of("supplier-company-2");
    static final SupplierId OTHER_SUPPLIER = SupplierId.of("supplier-company-3");
    static final LocalDate REGISTERED_ON = LocalDate.of(2020, 4, 10);
    static final SupplierProfile PROFILE = new SupplierProfile(Set.of(Process.MACHINING, Process.SURFACE_TREATMENT),
            List.of("5軸マシニングセンタ", "CNC旋盤"), Set.of(Certification.ISO_9001), 160, Region.KAWASAKI,
            Set.of(FocusField.EV));

    static final OrderRequestId ORDER = OrderRequestId.of("order-1");
    static final LocalDate RECEIVED_ON = LocalDate.of(2020, 6, 1);
    static final OrderRequestDetails DETAILS = new OrderRequestDetails("相模原重工", Region.SAGAMIHARA, "EV用ブラケット試作",
            Set.of(Process.MACHINING), 50, LocalDate.of(2020, 9, 30), Yen.of(2_000_000), Region.KAWASAKI,
            Set.of(Certification.ISO_9001), FocusField.EV);
    static final OrderRequestReceivedEvent RECEIVED = new OrderRequestReceivedEvent(ORDER, DETAILS, RECEIVED_ON);

    private MatchingFixtures() {
    }

    static SupplierProfile profile(Set<Process> processes, List<String> equipment, int hours, Region region) {
        return new SupplierProfile(processes, equipment, Set.of(), hours, region, Set.of());
    }

    static OrderRequestDetails details(String orderingFirm, Region region, String work, Set<Process> processes,
            int quantity, LocalDate deliveryBy, Yen budget) {
        return new OrderRequestDetails(orderingFirm, region, work, processes, quantity, deliveryBy, budget, null,
                Set.of(), null);
    }

    /** Knows one company, {@link #COMPANY}, by its current name. */
    static final class StubCompanies implements CompanyRegistry {

        private final Map<CompanyId, String> names;

        StubCompanies() {
            this(Map.of(COMPANY, COMPANY_NAME));
        }

        StubCompanies(Map<CompanyId, String> names) {
            this.names = names;
        }

        @Override
        public boolean isRegistered(CompanyId companyId) {
            return names.containsKey(companyId);
        }

        @Override
        public Optional<String> nameOf(CompanyId companyId) {
            return Optional.ofNullable(names.get(companyId));
        }
    }

    /** Knows a supplier taking orders, one registered later, and one that withdrew. */
    static final class StubSuppliers implements SupplierRegistry {

        private final Map<SupplierId, RegisteredSupplier> suppliers = Map.of(
                SUPPLIER, new RegisteredSupplier(COMPANY_NAME, REGISTERED_ON, null),
                OTHER_SUPPLIER, new RegisteredSupplier("湘南プレス", LocalDate.of(2020, 6, 15), null),
                WITHDRAWN_SUPPLIER, new RegisteredSupplier("横浜板金", REGISTERED_ON, LocalDate.of(2020, 5, 31)));

        @Override
        public Optional<RegisteredSupplier> supplierOf(SupplierId supplierId) {
            return Optional.ofNullable(suppliers.get(supplierId));
        }
    }
}
