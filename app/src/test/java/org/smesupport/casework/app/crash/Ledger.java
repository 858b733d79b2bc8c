package org.smesupport.casework.app.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the clients sent and what the application acknowledged, kept by the test across crashes. */
final class Ledger {

    /** One command request, with its Idempotency-Key, and the aggregate and version it was acknowledged with. */
    record Sent(String path, Object body, String key, String aggregateId, long version) {
    }

    private final List<Sent> acknowledged = new ArrayList<>();
    private final List<Sent> unanswered = new ArrayList<>();
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    synchronized void acknowledged(Sent sent) {
        acknowledged.add(sent);
        versions.merge(sent.aggregateId(), sent.version(), Math::max);
    }

    /** Sent, but the process died before it answered: it may or may not have been stored. */
    synchronized void unanswered(Sent sent) {
        unanswered.add(sent);
    }

    synchronized int acknowledgedCount() {
        return acknowledged.size();
    }

    synchronized List<Sent> acknowledged() {
        return List.copyOf(acknowledged);
    }

    synchronized List<Sent> takeUnanswered() {
        List<Sent> taken = new ArrayList<>(unanswered);
        unanswered.clear();
        return taken;
    }

    /** Highest acknowledged version per aggregate: its stream must hold at least that many events plus one. */
    Map<String, Long> versions() {
        return Map.copyOf(versions);
    }
}
