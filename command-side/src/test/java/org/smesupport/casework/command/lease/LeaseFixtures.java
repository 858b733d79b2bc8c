package org.smesupport.casework.command.lease;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentAllocation;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.command.company.CompanyRegistry;

/**
 * The contract most tests start from: an instalment sale of ¥1,300,000 with ¥100,000 down, four quarterly
 * instalments at 10 % a year, so ¥300,000 principal each and interest of ¥30,000, ¥22,500, ¥15,000 and
 * ¥7,500 (all due in FY2020).
 */
final class LeaseFixtures {

    static final LeaseContractId CONTRACT = LeaseContractId.of("lease-1");
    static final CompanyId COMPANY = CompanyId.of("company-1");
    static final CompanyId SOLE_PROPRIETOR = CompanyId.of("company-2");
    /** One whole quarter before the first due date, so the schedule's first interest is a quarter's. */
    static final LocalDate CONTRACT_DATE = LocalDate.of(2020, 3, 31);
    static final LocalDate FIRST_DUE = LocalDate.of(2020, 6, 30);
    static final LocalDate SECOND_DUE = LocalDate.of(2020, 9, 30);
    static final LocalDate THIRD_DUE = LocalDate.of(2020, 12, 30);
    static final LocalDate FOURTH_DUE = LocalDate.of(2021, 3, 30);
    static final List<Instalment> SCHEDULE = List.of(
            new Instalment(1, FIRST_DUE, Yen.of(300_000), Yen.of(30_000)),
            new Instalment(2, SECOND_DUE, Yen.of(300_000), Yen.of(22_500)),
            new Instalment(3, THIRD_DUE, Yen.of(300_000), Yen.of(15_000)),
            new Instalment(4, FOURTH_DUE, Yen.of(300_000), Yen.of(7_500)));
    static final long TOTAL = 1_275_000;

    static final OpenLeaseContractCommand OPEN = new OpenLeaseContractCommand(CONTRACT, COMPANY,
            ContractKind.INSTALMENT_SALE, "CNC旋盤", Yen.of(1_300_000), Yen.of(100_000), 12, PaymentFrequency.QUARTERLY,
            1000, 0, CONTRACT_DATE, FIRST_DUE);
    static final LeaseContractOpenedEvent OPENED = opened(SizeClass.SMALL, CONTRACT_DATE);

    private LeaseFixtures() {
    }

    static LeaseContractOpenedEvent opened(SizeClass sizeClass, LocalDate contractDate) {
        return new LeaseContractOpenedEvent(CONTRACT, COMPANY, Industry.MANUFACTURING, sizeClass,
                ContractKind.INSTALMENT_SALE, "CNC旋盤", Yen.of(1_300_000), Yen.of(100_000), Yen.of(1_200_000), 12,
                PaymentFrequency.QUARTERLY, 1000, 0, contractDate, SCHEDULE);
    }

    /** Knows two companies: a small manufacturer and a sole proprietor in services. */
    static final class StubCompanies implements CompanyRegistry {

        private final Map<CompanyId, CompanyProfile> companies = Map.of(
                COMPANY, new CompanyProfile(Industry.MANUFACTURING, SizeClass.SMALL),
                SOLE_PROPRIETOR, new CompanyProfile(Industry.SERVICES, SizeClass.SOLE_PROPRIETOR));

        @Override
        public boolean isRegistered(CompanyId companyId) {
            return companies.containsKey(companyId);
        }

        @Override
        public Optional<CompanyProfile> profileOf(CompanyId companyId) {
            return Optional.ofNullable(companies.get(companyId));
        }
    }

    static Yen yen(long value) {
        return Yen.of(value);
    }

    static PaymentAllocation onBooks(int number, long interest, long principal, boolean inArrears) {
        return new PaymentAllocation(number, Yen.of(interest), Yen.of(principal), inArrears, false);
    }

    static PaymentAllocation recovered(int number, long interest, long principal) {
        return new PaymentAllocation(number, Yen.of(interest), Yen.of(principal), true, true);
    }

    static ArrearsEntry entry(int number, LocalDate dueDate, long amount) {
        return new ArrearsEntry(number, dueDate, Yen.of(amount));
    }
}
