package org.smesupport.casework.app.admin;

/** A processor that keeps stop-and-retry instead of parking events (the lease link). */
class NoDeadLetterQueue extends RuntimeException {

    NoDeadLetterQueue(String name) {
        super("'" + name + "' has no dead-letter queue: a failing event stops it and is retried");
    }
}
