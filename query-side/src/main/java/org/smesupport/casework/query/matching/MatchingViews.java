package org.smesupport.casework.query.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FairFormat;
import org.smesupport.casework.api.matching.FairParticipantView;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.FairSideFigures;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.MatchingFairSummary;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestStatus;
import org.smesupport.casework.api.matching.OrderRequestSummary;
import org.smesupport.casework.api.matching.OrderRequestView;
import org.smesupport.casework.api.matching.PendingReferralCorrection;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.ReferralAwaitingOutcome;
import org.smesupport.casework.api.matching.ReferralCorrection;
import org.smesupport.casework.api.matching.ReferralCorrectionAwaitingApproval;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.api.matching.ReferralView;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.api.matching.SupplierStatus;
import org.smesupport.casework.api.matching.SupplierView;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.RecordReference;
import org.smesupport.casework.projection.matching.FairFields;
import org.smesupport.casework.projection.matching.OrderRequestFields;
import org.smesupport.casework.projection.matching.SupplierFields;
import org.smesupport.casework.query.PresentationRounding;

/** Turns the matching read models' documents into query results. */
final class MatchingViews {

    private MatchingViews() {
    }

    static SupplierView supplier(Document supplier) {
        String companyId = supplier.getString(SupplierFields.COMPANY_ID);
        return new SupplierView(
                SupplierId.of(supplier.getString("_id")),
                companyId == null ? null : CompanyId.of(companyId),
                supplier.getString(SupplierFields.COMPANY_NAME),
                profile(supplier.get(SupplierFields.PROFILE, Document.class)),
                SupplierStatus.valueOf(supplier.getString(SupplierFields.STATUS)),
                ReadModelDates.parse(supplier.getString(SupplierFields.REGISTERED_ON)),
                ReadModelDates.parse(supplier.getString(SupplierFields.PROFILE_SURVEYED_ON)),
                ReadModelDates.parse(supplier.getString(SupplierFields.WITHDRAWN_ON)),
                supplier.getString(SupplierFields.WITHDRAWAL_REASON),
                supplier.getLong("version"));
    }

    static SupplierProfile profile(Document profile) {
        return new SupplierProfile(
                constants(Process.class, profile.getList(SupplierFields.PROCESSES, String.class)),
                profile.getList(SupplierFields.EQUIPMENT, String.class),
                constants(Certification.class, profile.getList(SupplierFields.CERTIFICATIONS, String.class)),
                profile.getInteger(SupplierFields.AVAILABLE_HOURS),
                constant(Region.class, profile.getString(SupplierFields.REGION)),
                constants(FocusField.class, profile.getList(SupplierFields.FOCUS_FIELDS, String.class)));
    }

    static OrderRequestDetails details(Document request) {
        Document details = request.get(OrderRequestFields.DETAILS, Document.class);
        Long budget = details.getLong(OrderRequestFields.BUDGET);
        return new OrderRequestDetails(
                details.getString(OrderRequestFields.ORDERING_FIRM),
                constant(Region.class, details.getString(OrderRequestFields.ORDERING_FIRM_REGION)),
                details.getString(OrderRequestFields.WORK),
                constants(Process.class, details.getList(OrderRequestFields.PROCESSES, String.class)),
                details.getInteger(OrderRequestFields.QUANTITY),
                ReadModelDates.parse(details.getString(OrderRequestFields.DELIVERY_BY)),
                budget == null ? null : Yen.of(budget),
                constant(Region.class, details.getString(OrderRequestFields.PREFERRED_REGION)),
                constants(Certification.class, details.getList(OrderRequestFields.REQUIRED_CERTIFICATIONS, String.class)),
                constant(FocusField.class, details.getString(OrderRequestFields.FOCUS_FIELD)));
    }

    static OrderRequestSummary orderRequestSummary(Document request) {
        Document details = request.get(OrderRequestFields.DETAILS, Document.class);
        return new OrderRequestSummary(
                OrderRequestId.of(request.getString("_id")),
                request.getString(RecordReference.FIELD),
                details.getString(OrderRequestFields.ORDERING_FIRM),
                details.getString(OrderRequestFields.WORK),
                constants(Process.class, details.getList(OrderRequestFields.PROCESSES, String.class)),
                ReadModelDates.parse(request.getString(OrderRequestFields.RECEIVED_ON)),
                OrderRequestStatus.valueOf(request.getString(OrderRequestFields.STATUS)),
                request.getInteger(OrderRequestFields.REFERRAL_COUNT),
                request.getInteger(OrderRequestFields.AWAITING_OUTCOME),
                request.getInteger(OrderRequestFields.CONCLUDED),
                request.getLong("version"));
    }

    static OrderRequestView orderRequest(Document request) {
        return new OrderRequestView(
                OrderRequestId.of(request.getString("_id")),
                request.getString(RecordReference.FIELD),
                details(request),
                ReadModelDates.parse(request.getString(OrderRequestFields.RECEIVED_ON)),
                OrderRequestStatus.valueOf(request.getString(OrderRequestFields.STATUS)),
                ReadModelDates.parse(request.getString(OrderRequestFields.FILLED_ON)),
                ReadModelDates.parse(request.getString(OrderRequestFields.WITHDRAWN_ON)),
                request.getString(OrderRequestFields.WITHDRAWAL_REASON),
                OrderRequestFields.referrals(request).stream().map(MatchingViews::referral).toList(),
                request.getLong("version"));
    }

    static ReferralAwaitingOutcome awaiting(Document request, Document referral) {
        Document details = request.get(OrderRequestFields.DETAILS, Document.class);
        return new ReferralAwaitingOutcome(
                OrderRequestId.of(request.getString("_id")),
                details.getString(OrderRequestFields.ORDERING_FIRM),
                details.getString(OrderRequestFields.WORK),
                referral.getString(OrderRequestFields.REFERRAL_ID),
                SupplierId.of(referral.getString(OrderRequestFields.SUPPLIER_ID)),
                referral.getString(OrderRequestFields.SUPPLIER_NAME),
                ReadModelDates.parse(referral.getString(OrderRequestFields.INTRODUCED_ON)));
    }

    static MatchingFairSummary fairSummary(Document fair) {
        Document sides = fair.get(FairFields.SIDES, Document.class);
        return new MatchingFairSummary(
                MatchingFairId.of(fair.getString("_id")),
                fair.getString(FairFields.NAME),
                ReadModelDates.parse(fair.getString(FairFields.STARTS_ON)),
                ReadModelDates.parse(fair.getString(FairFields.ENDS_ON)),
                fair.getInteger(FairFields.FISCAL_YEAR),
                FairFormat.valueOf(fair.getString(FairFields.FORMAT)),
                fair.getString(FairFields.FOCUS_AREA),
                fair.getList(FairFields.PARTNERS, String.class),
                side(sides, FairSide.ORDERING),
                side(sides, FairSide.SUPPLYING),
                fair.getLong(FairFields.MEETINGS),
                fair.getLong("version"));
    }

    static FairParticipantView participant(Document participant) {
        String companyId = participant.getString(FairFields.COMPANY_ID);
        return new FairParticipantView(
                participant.getString(FairFields.PARTICIPANT_ID),
                FairSide.valueOf(participant.getString(FairFields.SIDE)),
                participant.getString(FairFields.FIRM_NAME),
                companyId == null ? null : CompanyId.of(companyId),
                participant.getBoolean(FairFields.SATISFIED));
    }

    /** One side's counts ({@link FairFields#zeroedSides()}) with its satisfaction rate. */
    static FairSideFigures side(Document sides, FairSide side) {
        Document counts = FairFields.side(sides, side);
        long answers = counts.getLong(FairFields.ANSWERS);
        long satisfied = counts.getLong(FairFields.SATISFIED_COUNT);
        return new FairSideFigures(counts.getLong(FairFields.PARTICIPANT_COUNT), answers, satisfied,
                PresentationRounding.percent(satisfied, answers));
    }

    private static ReferralView referral(Document referral) {
        String outcome = referral.getString(OrderRequestFields.OUTCOME);
        return new ReferralView(
                referral.getString(OrderRequestFields.REFERRAL_ID),
                SupplierId.of(referral.getString(OrderRequestFields.SUPPLIER_ID)),
                referral.getString(OrderRequestFields.SUPPLIER_NAME),
                ReadModelDates.parse(referral.getString(OrderRequestFields.INTRODUCED_ON)),
                outcome == null ? null : ReferralOutcome.valueOf(outcome),
                yen(referral.getLong(OrderRequestFields.INITIAL_ORDER_AMOUNT)),
                referral.getString(OrderRequestFields.OUTCOME_REASON),
                ReadModelDates.parse(referral.getString(OrderRequestFields.DECIDED_ON)),
                referral.getString(OrderRequestFields.RECORDED_BY),
                referral.getList(OrderRequestFields.CORRECTIONS, Document.class).stream()
                        .map(MatchingViews::correction)
                        .toList(),
                pendingCorrection(referral));
    }

    /** The correction awaiting a supervisor, or {@code null} (also for documents written before there were any). */
    private static PendingReferralCorrection pendingCorrection(Document referral) {
        Document pending = referral.get(OrderRequestFields.PENDING_CORRECTION, Document.class);
        return pending == null ? null : new PendingReferralCorrection(
                ReferralOutcome.valueOf(pending.getString("outcome")),
                yen(pending.getLong("initialOrderAmount")),
                pending.getString("reason"),
                ReadModelDates.parse(pending.getString("requestedOn")),
                pending.getString("requestedBy"));
    }

    static ReferralCorrectionAwaitingApproval awaitingApproval(Document request, Document referral) {
        Document details = request.get(OrderRequestFields.DETAILS, Document.class);
        return new ReferralCorrectionAwaitingApproval(
                OrderRequestId.of(request.getString("_id")),
                details.getString(OrderRequestFields.ORDERING_FIRM),
                referral.getString(OrderRequestFields.REFERRAL_ID),
                SupplierId.of(referral.getString(OrderRequestFields.SUPPLIER_ID)),
                referral.getString(OrderRequestFields.SUPPLIER_NAME),
                ReferralOutcome.valueOf(referral.getString(OrderRequestFields.OUTCOME)),
                yen(referral.getLong(OrderRequestFields.INITIAL_ORDER_AMOUNT)),
                ReadModelDates.parse(referral.getString(OrderRequestFields.DECIDED_ON)),
                pendingCorrection(referral));
    }

    private static ReferralCorrection correction(Document correction) {
        return new ReferralCorrection(
                constant(ReferralOutcome.class, correction.getString("previousOutcome")),
                yen(correction.getLong("previousInitialOrderAmount")),
                ReferralOutcome.valueOf(correction.getString("outcome")),
                yen(correction.getLong("initialOrderAmount")),
                correction.getString("reason"),
                ReadModelDates.parse(correction.getString("correctedOn")),
                correction.getString("user"),
                correction.getString("role"),
                correction.getString("requestedBy"));
    }

    private static Yen yen(Long amount) {
        return amount == null ? null : Yen.of(amount);
    }

    static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** Constants in declaration order, as the projection stores them. */
    static <E extends Enum<E>> Set<E> constants(Class<E> type, List<String> names) {
        Set<E> constants = EnumSet.noneOf(type);
        if (names != null) {
            names.forEach(name -> constants.add(Enum.valueOf(type, name)));
        }
        return constants;
    }
}
