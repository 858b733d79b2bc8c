package org.smesupport.casework.app.crash;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.smesupport.casework.api.company.CorporateNumber;

/**
 * Client threads that register companies, open consultation cases and record sessions, each request
 * with its own Idempotency-Key, until stopped or until the application dies under them. Given several instances,
 * each request goes to one picked at random, and a request whose instance dies under it is sent again, with the
 * same key, to the next one, as a client behind a load balancer retries.
 */
final class Load {

    private static final String USER = "caseworker";

    private final List<Api> apis;
    private final Ledger ledger;
    private final List<Thread> threads = new ArrayList<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private volatile boolean stopped;

    Load(Api api, Ledger ledger) {
        this(List.of(api), ledger);
    }

    Load(List<Api> apis, Ledger ledger) {
        this.apis = List.copyOf(apis);
        this.ledger = ledger;
    }

    void start(int threadCount, long seed) {
        for (int i = 0; i < threadCount; i++) {
            Random random = new Random(seed + i);
            Thread thread = new Thread(() -> run(random), "crash-load-" + i);
            threads.add(thread);
            thread.start();
        }
    }

    void stop() throws InterruptedException {
        stopped = true;
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void run(Random random) {
        while (!stopped) {
            try {
                String companyId = send("/api/companies", company(random), random);
                String caseId = send("/api/consultations", Map.of("companyId", companyId, "desk", "ONE_STOP",
                        "subject", "資金繰りの相談", "openedOn", "2020-06-01"), random);
                for (int day = 2; day <= 3 && !stopped; day++) {
                    send("/api/consultations/" + caseId + "/sessions", Map.of("heldOn", "2020-06-0" + day,
                            "category", "FINANCING", "counsellor", "田中 相談員", "durationMinutes", 60,
                            "notes", "面談", "lawyerConsultation", false), random);
                }
            } catch (IOException e) {
                return; // the application is gone; the unanswered request is in the ledger
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IllegalStateException e) {
                failures.add(e.getMessage());
                return;
            }
        }
    }

    /** Requests the application refused although they were valid: there must be none. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    /** Sends one command; returns the aggregate id it was acknowledged for. */
    private String send(String path, Object body, Random random) throws IOException, InterruptedException {
        String key = new UUID(random.nextLong(), random.nextLong()).toString();
        Api.Answer answer = null;
        IOException lost = null;
        int first = random.nextInt(apis.size());
        for (int i = 0; i < apis.size() && answer == null; i++) {
            try {
                answer = apis.get((first + i) % apis.size()).post(USER, path, body, key);
            } catch (IOException e) {
                lost = e; // that instance is gone: the same request, with the same key, to the next one
            }
        }
        if (answer == null) {
            ledger.unanswered(new Ledger.Sent(path, body, key, null, -1));
            throw lost;
        }
        if (!answer.ok()) {
            throw new IllegalStateException(path + " answered " + answer.status() + ": " + answer.body());
        }
        String id = answer.body().get("id").asText();
        ledger.acknowledged(new Ledger.Sent(path, body, key, id, answer.body().get("version").asLong()));
        return id;
    }

    private static Map<String, Object> company(Random random) {
        String base = "%012d".formatted(Math.floorMod(random.nextLong(), 1_000_000_000_000L));
        return Map.of("corporateNumber", CorporateNumber.checkDigit(base) + base, "name", "株式会社耐障害",
                "industry", "MANUFACTURING", "municipality", "横浜市", "sizeClass", "SMALL");
    }
}
