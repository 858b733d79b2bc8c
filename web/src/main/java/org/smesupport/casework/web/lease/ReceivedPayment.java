package org.smesupport.casework.web.lease;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.smesupport.casework.api.common.TimelineEntry;

/**
 * A payment the contract received and has not reversed, as its timeline records it: what the page offers to
 * reverse. The contract's view lists no payments of its own; its timeline names each one and each reversal.
 */
record ReceivedPayment(String paymentId, LocalDate receivedOn, long amount) {

    static List<ReceivedPayment> standing(List<TimelineEntry> timeline) {
        Set<Object> reversed = timeline.stream().filter(step -> "PAYMENT_REVERSED".equals(step.type()))
                .map(step -> detail(step, "paymentId")).collect(Collectors.toSet());
        return timeline.stream()
                .filter(step -> "PAYMENT_RECORDED".equals(step.type()) && !reversed.contains(detail(step, "paymentId")))
                .map(step -> new ReceivedPayment(String.valueOf(detail(step, "paymentId")), step.date(),
                        ((Number) detail(step, "amount")).longValue()))
                .toList();
    }

    static Object detail(TimelineEntry step, String name) {
        Map<String, Object> details = step.details();
        return details == null ? null : details.get(name);
    }
}
