package org.smesupport.casework.command.lease;

import com.fasterxml.jackson.databind.util.StdConverter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractStatus;
import org.smesupport.casework.api.lease.LiftedArrears;

/**
 * Everything a {@link LeaseContract} decides by, as its snapshot stores it: Axon's snapshotter serialises the
 * contract itself, and Jackson writes and reads it through this record ({@link Writer}, {@link Reader}), because the
 * contract's request entities point back at it and its state sits in private fields. A change of this record is a
 * change of the contract's {@code @Revision}: snapshots of another revision are then ignored and the contract is
 * replayed from its events (and snapshotted anew).
 */
record LeaseContractSnapshot(LeaseContractId contractId, CompanyId companyId, SizeClass sizeClass,
                             LocalDate contractDate, long financedPrincipal, LeaseContractStatus status,
                             LocalDate endedOn, List<InstalmentAccount.State> instalments,
                             Map<String, LeaseContract.RecordedPayment> payments,
                             LeaseRequests.State<List<LiftedArrears>> arrearsLifts,
                             LeaseRequests.State<DeferralRequests.Deferral> deferrals,
                             LeaseRequests.State<List<ArrearsEntry>> writeOffs,
                             LeaseRequests.State<InterestSubsidyRequests.Subsidy> subsidyRequests,
                             Map<Integer, LocalDate> subsidisedYears) {

    static final class Writer extends StdConverter<LeaseContract, LeaseContractSnapshot> {
        @Override
        public LeaseContractSnapshot convert(LeaseContract contract) {
            return contract.snapshot();
        }
    }

    static final class Reader extends StdConverter<LeaseContractSnapshot, LeaseContract> {
        @Override
        public LeaseContract convert(LeaseContractSnapshot snapshot) {
            return LeaseContract.restore(snapshot);
        }
    }
}
