package org.smesupport.casework.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The page after a form shows what the form just did. Read models follow the event store a few milliseconds
 * behind, so the page asks again, briefly, until the record reaches the version the command left it at; after
 * {@link #PATIENCE} it shows what there is (the page then says the last step is still on its way).
 */
public final class ReadYourWrites {

    static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final long PAUSE_NANOS = Duration.ofMillis(10).toNanos();

    private ReadYourWrites() {
    }

    public static <T> Optional<T> await(Supplier<Optional<T>> read, Predicate<T> current) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Optional<T> answer = read.get();
        while ((answer.isEmpty() || !current.test(answer.get())) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(PAUSE_NANOS);
            answer = read.get();
        }
        return answer;
    }
}
