package org.smesupport.casework.query.lease;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.InstalmentState;
import org.smesupport.casework.api.lease.InterestSubsidyProposal;
import org.smesupport.casework.api.lease.LeaseApprovalRequest;
import org.smesupport.casework.api.lease.LeaseContractStatus;
import org.smesupport.casework.api.lease.LeaseContractSummary;
import org.smesupport.casework.api.lease.LeaseInstalmentView;
import org.smesupport.casework.api.lease.LeaseRollForwardYear;
import org.smesupport.casework.api.lease.LiftedArrears;
import org.smesupport.casework.api.lease.SubsidisedInterest;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.RecordReference;
import org.smesupport.casework.projection.lease.ContractFields;
import org.smesupport.casework.projection.lease.ReceivableFlows;
import org.smesupport.casework.projection.lease.ScheduleFields;

/** Turns {@code lease_contracts} documents into query results, deriving what depends on the date asked about. */
final class LeaseViews {

    private LeaseViews() {
    }

    /** The company id of each contract, to ask its name of {@code CompanyNames} once for all of them. */
    static List<String> companyIds(List<Document> contracts) {
        return contracts.stream().map(contract -> contract.getString(ContractFields.COMPANY_ID)).toList();
    }

    static LeaseContractSummary summary(Document contract, Map<String, String> companyNames) {
        String companyId = contract.getString(ContractFields.COMPANY_ID);
        return new LeaseContractSummary(
                contract.getString("_id"),
                contract.getString(RecordReference.FIELD),
                companyId,
                companyNames.get(companyId),
                constant(Industry.class, contract.getString(ContractFields.INDUSTRY)),
                constant(SizeClass.class, contract.getString(ContractFields.SIZE_CLASS)),
                ContractKind.valueOf(contract.getString(ContractFields.KIND)),
                contract.getString(ContractFields.EQUIPMENT),
                yen(contract, ContractFields.AMOUNT),
                yen(contract, ContractFields.FINANCED_PRINCIPAL),
                ReadModelDates.parse(contract.getString(ContractFields.CONTRACT_DATE)),
                status(contract),
                yen(contract, ContractFields.OUTSTANDING_PRINCIPAL),
                yen(contract, ContractFields.ARREARS),
                yen(contract, ContractFields.WRITTEN_OFF_BALANCE),
                ReadModelDates.parse(contract.getString(ContractFields.OLDEST_ARREARS_DUE_DATE)),
                contract.getInteger(ContractFields.PENDING_APPROVALS),
                contract.getLong("version"));
    }

    static LeaseContractStatus status(Document contract) {
        return LeaseContractStatus.valueOf(contract.getString(ContractFields.STATUS));
    }

    /**
     * Days from the due date of the oldest instalment in arrears to {@code asOf}; {@code null} without
     * arrears or when that instalment is not yet past due on {@code asOf} (a date in the past).
     */
    static Long daysPastDue(Document contract, LocalDate asOf) {
        LocalDate oldest = ReadModelDates.parse(contract.getString(ContractFields.OLDEST_ARREARS_DUE_DATE));
        if (oldest == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(oldest, asOf);
        return days < 1 ? null : days;
    }

    static LeaseInstalmentView instalment(Document instalment, LocalDate asOf) {
        return new LeaseInstalmentView(
                instalment.getInteger(ScheduleFields.NUMBER),
                ReadModelDates.parse(ScheduleFields.dueDate(instalment)),
                yen(instalment, ScheduleFields.PRINCIPAL),
                yen(instalment, ScheduleFields.INTEREST),
                yen(instalment, ScheduleFields.SUBSIDISED_INTEREST),
                Yen.of(ScheduleFields.paid(instalment)),
                yen(instalment, ScheduleFields.WRITTEN_OFF),
                yen(instalment, ScheduleFields.RECOVERED_AFTER_WRITE_OFF),
                yen(instalment, ScheduleFields.WAIVED),
                Yen.of(ScheduleFields.unpaid(instalment)),
                ScheduleFields.inArrears(instalment),
                state(instalment, asOf));
    }

    static InstalmentState state(Document instalment, LocalDate asOf) {
        if (ScheduleFields.unpaid(instalment) <= 0) {
            return ScheduleFields.writtenOffBalance(instalment) > 0 ? InstalmentState.WRITTEN_OFF : InstalmentState.PAID;
        }
        if (ScheduleFields.inArrears(instalment)) {
            return InstalmentState.IN_ARREARS;
        }
        int due = ReadModelDates.parse(ScheduleFields.dueDate(instalment)).compareTo(asOf);
        return due < 0 ? InstalmentState.OVERDUE : due == 0 ? InstalmentState.DUE : InstalmentState.UPCOMING;
    }

    /**
     * The contract's roll-forward from its first year with a flow to its last, years between included, each
     * opening at the previous closing (the cut-over year of a contract brought forward opening with its arrears).
     */
    static List<LeaseRollForwardYear> rollForward(Document contract) {
        Document years = contract.get(ContractFields.ROLL_FORWARD, Document.class);
        List<LeaseRollForwardYear> rows = new ArrayList<>();
        if (years.isEmpty()) {
            return rows;
        }
        List<Integer> starts = years.keySet().stream().map(key -> Integer.parseInt(key.substring(2))).sorted().toList();
        long opening = 0;
        for (int start = starts.get(0); start <= starts.get(starts.size() - 1); start++) {
            FiscalYear year = FiscalYear.of(start);
            Document flows = years.get(year.toString(), ReceivableFlows.zeroed());
            opening += flows.get(ReceivableFlows.BROUGHT_FORWARD, 0L);
            long arising = flows.getLong(ReceivableFlows.ARISING);
            long recovered = flows.getLong(ReceivableFlows.RECOVERED);
            long writtenOff = flows.getLong(ReceivableFlows.WRITTEN_OFF);
            long closing = opening + arising - recovered - writtenOff;
            rows.add(new LeaseRollForwardYear(start, year.label(), Yen.of(opening), Yen.of(arising), Yen.of(recovered),
                    Yen.of(writtenOff), Yen.of(closing), Yen.of(flows.getLong(ReceivableFlows.RECOVERED_AFTER_WRITE_OFF))));
            opening = closing;
        }
        return rows;
    }

    static List<LeaseApprovalRequest> pendingRequests(Document contract, Map<String, String> companyNames) {
        List<LeaseApprovalRequest> requests = new ArrayList<>();
        String companyId = contract.getString(ContractFields.COMPANY_ID);
        for (Document request : contract.getList(ContractFields.PENDING_REQUESTS, Document.class)) {
            Long arrears = request.getLong("arrears");
            requests.add(new LeaseApprovalRequest(
                    contract.getString("_id"),
                    companyId,
                    companyNames.get(companyId),
                    request.getString("requestId"),
                    ApprovalKind.valueOf(request.getString("kind")),
                    ReadModelDates.parse(request.getString("requestedOn")),
                    request.getString("requestedBy"),
                    request.getString("reason"),
                    arrears == null ? null : Yen.of(arrears),
                    request.getList("entries", Document.class, List.of()).stream()
                            .map(LeaseViews::arrearsEntry)
                            .toList(),
                    request.getList("revisedInstalments", Document.class, List.of()).stream()
                            .map(LeaseViews::proposed)
                            .toList(),
                    subsidyProposal(request.get("subsidy", Document.class)),
                    request.getList("lifted", Document.class, List.of()).stream()
                            .map(lifted -> new LiftedArrears(lifted.getInteger("instalmentNumber"),
                                    ReadModelDates.parse(lifted.getString("dueDate")), Yen.of(lifted.getLong("arisen")),
                                    Yen.of(lifted.getLong("recovered"))))
                            .toList()));
        }
        return requests;
    }

    private static InterestSubsidyProposal subsidyProposal(Document proposal) {
        if (proposal == null) {
            return null;
        }
        return new InterestSubsidyProposal(
                proposal.getInteger("fiscalYear"),
                proposal.getInteger("salesDeclineBasisPoints"),
                proposal.getString("evidence"),
                proposal.getList("subsidies", Document.class).stream()
                        .map(subsidy -> new SubsidisedInterest(subsidy.getInteger("instalmentNumber"),
                                Yen.of(subsidy.getLong("amount")), subsidy.getBoolean("inArrears")))
                        .toList(),
                Yen.of(proposal.getLong("total")));
    }


    static Yen yen(Document document, String field) {
        return Yen.of(document.getLong(field));
    }

    private static ArrearsEntry arrearsEntry(Document entry) {
        return new ArrearsEntry(entry.getInteger("instalmentNumber"), ReadModelDates.parse(entry.getString("dueDate")),
                yen(entry, "amount"));
    }

    private static Instalment proposed(Document instalment) {
        return new Instalment(instalment.getInteger("number"), ReadModelDates.parse(instalment.getString("dueDate")),
                yen(instalment, "principal"), yen(instalment, "interest"));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
