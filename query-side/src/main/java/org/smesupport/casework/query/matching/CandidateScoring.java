package org.smesupport.casework.query.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.smesupport.casework.api.matching.CandidateSupplier;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.projection.matching.SupplierIndex;

/**
 * How well a supplier fits an order request, as a score and the reasons behind it, in words a caseworker
 * can check against the profile. Each required process the supplier offers is worth {@value #PER_PROCESS},
 * more than every other factor together (at most 99), so a supplier offering more of the required processes
 * always ranks above one offering fewer, and offering all of them ranks first. The other factors:
 * <ul>
 * <li>required certifications held: up to {@value #CERTIFICATIONS}, in proportion to those held;</li>
 * <li>region: {@value #PREFERRED_REGION} in the preferred region, else {@value #SAME_REGION} in the ordering
 * firm's own region, else {@value #IN_PREFECTURE} anywhere in the prefecture;</li>
 * <li>spare capacity: a point per {@value #HOURS_PER_POINT} hours a month, at most {@value #CAPACITY};</li>
 * <li>the request's focus field among the supplier's: {@value #FOCUS_FIELD}.</li>
 * </ul>
 * Reads the compact profiles of the {@link SupplierIndex}.
 */
final class CandidateScoring {

    static final int PER_PROCESS = 100;
    static final int CERTIFICATIONS = 40;
    static final int PREFERRED_REGION = 30;
    static final int SAME_REGION = 20;
    static final int IN_PREFECTURE = 10;
    static final int CAPACITY = 20;
    static final int HOURS_PER_POINT = 10;
    static final int FOCUS_FIELD = 9;

    private final OrderRequestDetails request;

    CandidateScoring(OrderRequestDetails request) {
        this.request = request;
    }

    /** A supplier's score and reasons, with its spare hours to break ties between equal scores. */
    record Assessment(CandidateSupplier candidate, int hours) {
    }

    Assessment assess(Document entry) {
        List<String> reasons = new ArrayList<>();
        int score = processes(MatchingViews.constants(Process.class, entry.getList(SupplierIndex.PROCESSES, String.class)),
                reasons);
        score += certifications(MatchingViews.constants(Certification.class,
                entry.getList(SupplierIndex.CERTIFICATIONS, String.class)), reasons);
        Region region = MatchingViews.constant(Region.class, entry.getString(SupplierIndex.REGION));
        score += region(region, reasons);
        int hours = entry.getInteger(SupplierIndex.HOURS);
        score += capacity(hours, reasons);
        score += focusField(MatchingViews.constants(FocusField.class, entry.getList(SupplierIndex.FOCUS_FIELDS, String.class)),
                reasons);
        return new Assessment(new CandidateSupplier(SupplierId.of(entry.getString(SupplierIndex.ID)),
                entry.getString(SupplierIndex.NAME), region, score, reasons), hours);
    }

    private int processes(Set<Process> offered, List<String> reasons) {
        List<Process> covered = request.processes().stream().filter(offered::contains).sorted().toList();
        List<Process> missing = request.processes().stream().filter(process -> !offered.contains(process)).sorted().toList();
        if (!covered.isEmpty()) {
            reasons.add("offers " + processLabels(covered));
        }
        if (!missing.isEmpty()) {
            reasons.add("lacks " + processLabels(missing));
        }
        return PER_PROCESS * covered.size();
    }

    private int certifications(Set<Certification> held, List<String> reasons) {
        Set<Certification> required = request.requiredCertifications();
        if (required == null || required.isEmpty()) {
            return 0;
        }
        List<Certification> holds = required.stream().filter(held::contains).sorted().toList();
        List<Certification> lacks = required.stream().filter(certification -> !held.contains(certification)).sorted().toList();
        if (!holds.isEmpty()) {
            reasons.add("holds " + certificationLabels(holds));
        }
        if (!lacks.isEmpty()) {
            reasons.add("lacks " + certificationLabels(lacks));
        }
        return CERTIFICATIONS * holds.size() / required.size();
    }

    private int region(Region region, List<String> reasons) {
        if (region != null && region == request.preferredRegion()) {
            reasons.add("in preferred region " + region.label());
            return PREFERRED_REGION;
        }
        if (region != null && region == request.orderingFirmRegion()) {
            reasons.add("in the ordering firm's region " + region.label());
            return SAME_REGION;
        }
        if (region != null && region != Region.OUT_OF_PREFECTURE) {
            reasons.add("in the prefecture (" + region.label() + ")");
            return IN_PREFECTURE;
        }
        reasons.add("outside the prefecture");
        return 0;
    }

    private static int capacity(int hours, List<String> reasons) {
        reasons.add(hours > 0 ? "spare capacity " + hours + " h/month" : "no spare capacity");
        return Math.min(CAPACITY, Math.max(0, hours) / HOURS_PER_POINT);
    }

    private int focusField(Set<FocusField> fields, List<String> reasons) {
        if (request.focusField() == null || !fields.contains(request.focusField())) {
            return 0;
        }
        reasons.add("works in focus field " + request.focusField().label());
        return FOCUS_FIELD;
    }

    private static String processLabels(List<Process> processes) {
        return processes.stream().map(Process::label).collect(Collectors.joining(", "));
    }

    /** {@code ISO_9001} reads {@code ISO 9001}, as printed on the certificate. */
    private static String certificationLabels(List<Certification> certifications) {
        return certifications.stream().map(certification -> certification.name().replace('_', ' '))
                .collect(Collectors.joining(", "));
    }
}
