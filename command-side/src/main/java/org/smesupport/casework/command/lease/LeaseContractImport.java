package org.smesupport.casework.command.lease;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.BringForwardLeaseContractCommand;
import org.smesupport.casework.api.lease.BringForwardLeaseContractCommand.ArrearsAtCutOver;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractTerms;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.command.common.AggregateStreams;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.importing.ImportFindings;
import org.smesupport.casework.command.importing.ImportKind;
import org.smesupport.casework.command.importing.RowFields;
import org.springframework.stereotype.Component;

/**
 * The lease contracts in force at the cut-over, from the centre's earlier books ({@code POST
 * /api/imports/lease-contracts}): one row per contract, its terms as an opening takes them, the cut-over date,
 * the principal and interest paid and the amount written off before it, and the instalments in arrears then in
 * one cell, {@code dueDate:principal:interest} separated by {@code ;}. The contract's id derives from the earlier
 * system's number ({@code sourceId}), so a row imported once is stored already the next time. A dry run applies
 * the contract's own rules to every row (the company, the terms, the figures against the schedule), so its report
 * shows what a real run would refuse.
 */
@Component
class LeaseContractImport implements ImportKind<BringForwardLeaseContractCommand> {

    static final String SOURCE_ID = "sourceId";
    static final String ARREARS = "arrears";
    private static final String ID_PREFIX = "lease-import:";
    private static final String ENTRY_SEPARATOR = ";";
    private static final String PART_SEPARATOR = ":";

    private final AggregateStreams streams;
    private final CompanyRegistry companies;

    LeaseContractImport(EventStore eventStore, CompanyRegistry companies) {
        this.streams = new AggregateStreams(eventStore);
        this.companies = companies;
    }

    @Override
    public String name() {
        return "lease-contracts";
    }

    @Override
    public List<String> columns() {
        return List.of(SOURCE_ID, "companyId", "kind", "equipment", "amount", "downPayment", "termMonths",
                "frequency", "annualRateBasisPoints", "interestFreeMonths", "contractDate", "firstDueDate", "cutOver",
                "paidPrincipal", "paidInterest", ARREARS, "writtenOff");
    }

    /** The contract's id in the product: the same earlier number always gives the same id. */
    static LeaseContractId contractId(String sourceId) {
        return LeaseContractId.of(UUID.nameUUIDFromBytes((ID_PREFIX + sourceId).getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    @Override
    public BringForwardLeaseContractCommand read(RowFields row) {
        String sourceId = row.text(SOURCE_ID);
        String companyId = row.text("companyId");
        ContractKind kind = row.oneOf("kind", ContractKind.class);
        String equipment = row.text("equipment");
        Long amount = required(row, "amount");
        Long downPayment = orZero(row.optionalLong("downPayment"));
        Integer termMonths = row.integer("termMonths");
        PaymentFrequency frequency = row.oneOf("frequency", PaymentFrequency.class);
        Integer rate = row.integer("annualRateBasisPoints");
        Long interestFreeMonths = orZero(row.optionalLong("interestFreeMonths"));
        LocalDate contractDate = row.date("contractDate");
        LocalDate firstDueDate = row.date("firstDueDate");
        LocalDate cutOver = row.date("cutOver");
        Long paidPrincipal = required(row, "paidPrincipal");
        Long paidInterest = required(row, "paidInterest");
        List<ArrearsAtCutOver> arrears = arrears(row);
        Long writtenOff = orZero(row.optionalLong("writtenOff"));
        if (!row.readable()) {
            return null;
        }
        return new BringForwardLeaseContractCommand(contractId(sourceId), CompanyId.of(companyId), kind, equipment,
                Yen.of(amount), Yen.of(downPayment), termMonths, frequency, rate, Math.toIntExact(interestFreeMonths),
                contractDate, firstDueDate, cutOver, Yen.of(paidPrincipal), Yen.of(paidInterest), arrears,
                Yen.of(writtenOff));
    }

    /** The same earlier contract twice; then every row by the contract's own rules, as a real run would send it. */
    @Override
    public void check(List<ReadRow<BringForwardLeaseContractCommand>> rows, ImportFindings findings) {
        Map<LeaseContractId, Integer> firstRows = new HashMap<>();
        for (ReadRow<BringForwardLeaseContractCommand> row : rows) {
            Integer first = firstRows.putIfAbsent(row.command().contractId(), row.row());
            if (first != null) {
                findings.problem(row.row(), SOURCE_ID, "import.row.duplicate", first, SOURCE_ID);
                continue;
            }
            try {
                LeaseTerms terms = LeaseTerms.of(row.command());
                terms.refuseInvalid(companies);
                CutOverPosition.of(row.command(), terms.schedule());
            } catch (BusinessRuleViolation refused) {
                findings.problem(row.row(), refused.field(), refused.code(), refused.arguments().toArray());
            }
        }
    }

    @Override
    public boolean alreadyStored(BringForwardLeaseContractCommand command) {
        return streams.firstEvent(command.contractId().value(), LeaseContract.class, LeaseContractTerms.class)
                .isPresent();
    }

    /**
     * The arrears cell: {@code 2019-12-25:150000:2500;2020-01-25:150000:2300}, each instalment's due date,
     * unpaid principal and unpaid interest in yen; blank for none.
     */
    private static List<ArrearsAtCutOver> arrears(RowFields row) {
        String cell = row.optionalText(ARREARS);
        List<ArrearsAtCutOver> arrears = new ArrayList<>();
        if (cell == null) {
            return arrears;
        }
        for (String entry : cell.split(ENTRY_SEPARATOR)) {
            String[] parts = entry.trim().split(PART_SEPARATOR);
            try {
                if (parts.length != 3) {
                    throw new IllegalArgumentException(entry);
                }
                arrears.add(new ArrearsAtCutOver(LocalDate.parse(parts[0].trim()), yen(parts[1]), yen(parts[2])));
            } catch (DateTimeParseException | IllegalArgumentException unreadable) {
                row.problem(ARREARS, "import.leaseContracts.arrearsCell", entry.trim());
            }
        }
        return arrears;
    }

    private static Yen yen(String text) {
        return Yen.of(Long.parseLong(text.trim().replace(",", "")));
    }

    private static Long required(RowFields row, String column) {
        Long value = row.optionalLong(column);
        if (value == null && row.optionalText(column) == null) {
            row.problem(column, "import.field.required", column);
        }
        return value;
    }

    private static Long orZero(Long value) {
        return value == null ? 0L : value;
    }
}
