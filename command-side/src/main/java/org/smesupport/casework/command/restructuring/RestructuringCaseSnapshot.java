package org.smesupport.casework.command.restructuring;

import com.fasterxml.jackson.databind.util.StdConverter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringStage;

/**
 * Everything a {@link RestructuringCase} decides by, as its snapshot stores it: Jackson writes and reads the case
 * through this record ({@link Writer}, {@link Reader}) because its state sits in private fields. The creditors are a
 * list because a creditor who has not answered has no answer ({@code null}), which a JSON map written without nulls
 * would drop. A change of this record is a change of the case's {@code @Revision}: snapshots of another revision are
 * ignored and the case is replayed from its events.
 */
record RestructuringCaseSnapshot(RestructuringCaseId caseId, CompanyId companyId, RestructuringStage stage,
                                 LocalDate openedOn, LocalDate lastStepOn, LocalDate draftingSince,
                                 LocalDate completedOn, LocalDate endedOn, List<Creditor> creditors,
                                 Map<String, LocalDate> answeredOn, Set<LeaseContractId> plannedReschedules,
                                 Set<LeaseContractId> rescheduleOutcomes) {

    /** In the order added; {@code consented} is {@code null} while the creditor has not answered. */
    record Creditor(String name, Boolean consented) {
    }

    static final class Writer extends StdConverter<RestructuringCase, RestructuringCaseSnapshot> {
        @Override
        public RestructuringCaseSnapshot convert(RestructuringCase restructuringCase) {
            return restructuringCase.snapshot();
        }
    }

    static final class Reader extends StdConverter<RestructuringCaseSnapshot, RestructuringCase> {
        @Override
        public RestructuringCase convert(RestructuringCaseSnapshot snapshot) {
            return RestructuringCase.restore(snapshot);
        }
    }
}
