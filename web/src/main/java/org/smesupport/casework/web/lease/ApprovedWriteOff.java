package org.smesupport.casework.web.lease;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.smesupport.casework.api.common.TimelineEntry;

/**
 * A write-off approved and not reversed, as the contract's timeline records it: what a supervisor may reverse.
 * {@code amount} is what the approval wrote off (the timeline keeps it per instalment).
 */
record ApprovedWriteOff(String requestId, LocalDate approvedOn, long amount) {

    static List<ApprovedWriteOff> standing(List<TimelineEntry> timeline) {
        Set<Object> reversed = timeline.stream().filter(step -> "WRITE_OFF_REVERSED".equals(step.type()))
                .map(step -> ReceivedPayment.detail(step, "requestId")).collect(Collectors.toSet());
        return timeline.stream()
                .filter(step -> "WRITE_OFF_APPROVED".equals(step.type())
                        && !reversed.contains(ReceivedPayment.detail(step, "requestId")))
                .map(step -> new ApprovedWriteOff(String.valueOf(ReceivedPayment.detail(step, "requestId")),
                        step.date(), total(ReceivedPayment.detail(step, "entries"))))
                .toList();
    }

    private static long total(Object entries) {
        return entries instanceof List<?> list ? list.stream().filter(Map.class::isInstance)
                .map(entry -> ((Map<?, ?>) entry).get("amount")).filter(Number.class::isInstance)
                .mapToLong(amount -> ((Number) amount).longValue()).sum() : 0;
    }
}
