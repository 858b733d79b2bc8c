package org.smesupport.casework.projection.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FairFormat;
import org.smesupport.casework.api.matching.FairMeetingRecordedEvent;
import org.smesupport.casework.api.matching.FairParticipantRegisteredEvent;
import org.smesupport.casework.api.matching.FairSatisfactionRecordedEvent;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.MatchingFairPlannedEvent;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestReceivedEvent;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectionRequestedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeRecordedEvent;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierIntroducedEvent;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.api.matching.SupplierRegisteredEvent;

/** Matching events for projection tests, with the fields a test does not care about filled in. */
final class MatchingEvents {

    private MatchingEvents() {
    }

    static SupplierRegisteredEvent registered(String id, String name, LocalDate on, SupplierProfile profile) {
        return new SupplierRegisteredEvent(SupplierId.of(id), CompanyId.of("C-" + id), name, profile, on);
    }

    static SupplierProfile profile(Set<Process> processes, Region region, int hours) {
        return new SupplierProfile(processes, List.of("5-axis machining centre"), Set.of(Certification.ISO_9001),
                hours, region, Set.of(FocusField.ROBOTICS));
    }

    static OrderRequestReceivedEvent received(String id, LocalDate on) {
        return new OrderRequestReceivedEvent(OrderRequestId.of(id), new OrderRequestDetails("Yokohama Motors",
                Region.YOKOHAMA, "brackets", Set.of(Process.MACHINING, Process.SURFACE_TREATMENT), 500,
                on.plusMonths(2), Yen.of(2_000_000), Region.KAWASAKI, Set.of(Certification.ISO_9001), FocusField.EV), on);
    }

    static SupplierIntroducedEvent introduced(String orderRequestId, String referralId, String supplierId, LocalDate on) {
        return new SupplierIntroducedEvent(OrderRequestId.of(orderRequestId), referralId, SupplierId.of(supplierId),
                "Supplier " + supplierId, on);
    }

    static ReferralOutcomeRecordedEvent concluded(String orderRequestId, String referralId, String supplierId,
                                                  long amount, LocalDate on) {
        return new ReferralOutcomeRecordedEvent(OrderRequestId.of(orderRequestId), referralId, SupplierId.of(supplierId),
                ReferralOutcome.CONCLUDED, Yen.of(amount), null, on);
    }

    static ReferralOutcomeRecordedEvent notConcluded(String orderRequestId, String referralId, String supplierId,
                                                     LocalDate on) {
        return new ReferralOutcomeRecordedEvent(OrderRequestId.of(orderRequestId), referralId, SupplierId.of(supplierId),
                ReferralOutcome.NOT_CONCLUDED, Yen.ZERO, "price too high", on);
    }

    static ReferralOutcomeCorrectedEvent corrected(String orderRequestId, String referralId, String supplierId,
                                                   ReferralOutcome previous, long previousAmount, ReferralOutcome outcome,
                                                   long amount, LocalDate decidedOn, LocalDate correctedOn) {
        return new ReferralOutcomeCorrectedEvent(OrderRequestId.of(orderRequestId), referralId, SupplierId.of(supplierId),
                previous, Yen.of(previousAmount), outcome, Yen.of(amount), decidedOn, "wrong entry", correctedOn, "sato",
                "suzuki");
    }

    static ReferralOutcomeCorrectionRequestedEvent correctionRequested(String orderRequestId, String referralId,
            String supplierId, ReferralOutcome previous, long previousAmount, ReferralOutcome outcome, long amount,
            LocalDate decidedOn, LocalDate requestedOn) {
        return new ReferralOutcomeCorrectionRequestedEvent(OrderRequestId.of(orderRequestId), referralId,
                SupplierId.of(supplierId), previous, Yen.of(previousAmount), outcome, Yen.of(amount), decidedOn,
                "wrong entry", requestedOn, "sato");
    }

    static MatchingFairPlannedEvent planned(String id, String name, LocalDate startsOn) {
        return new MatchingFairPlannedEvent(MatchingFairId.of(id), name, startsOn, startsOn.plusDays(11),
                FairFormat.ONLINE, "横須賀", List.of("かながわ中小企業支援プラットフォーム"));
    }

    static FairParticipantRegisteredEvent participant(String fairId, String participantId, FairSide side) {
        return new FairParticipantRegisteredEvent(MatchingFairId.of(fairId), participantId, side, "Firm " + participantId,
                null);
    }

    static FairSatisfactionRecordedEvent answer(String fairId, String participantId, FairSide side, boolean satisfied) {
        return new FairSatisfactionRecordedEvent(MatchingFairId.of(fairId), participantId, side, satisfied);
    }

    static FairMeetingRecordedEvent meeting(String fairId, String meetingId, LocalDate on) {
        return new FairMeetingRecordedEvent(MatchingFairId.of(fairId), meetingId, "O", "S", on);
    }
}
