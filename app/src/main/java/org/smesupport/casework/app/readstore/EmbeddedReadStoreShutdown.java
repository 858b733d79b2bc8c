package org.smesupport.casework.app.readstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the embedded read-model store was closed properly last time. Its file store writes in the
 * background, one collection after another, while projections go on writing; after a crash the file
 * can hold a projection's tracking token without the documents written just before it, and a read
 * model would silently lack events. A marker file exists from start until the store is closed; found
 * at start, it means the last run crashed and the read models must be rebuilt from the events.
 */
final class EmbeddedReadStoreShutdown {

    private final Path marker;
    private final boolean lastRunCrashed;

    EmbeddedReadStoreShutdown(Path directory) {
        this.marker = directory.resolve("OPEN");
        this.lastRunCrashed = Files.exists(marker);
    }

    boolean lastRunCrashed() {
        return lastRunCrashed;
    }

    void opened() {
        try {
            Files.writeString(marker, "the read-model store is open; if this file is here at start, it was not closed\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }

    /** Called only after the store has been closed and its file written completely. */
    void closed() {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + marker, e);
        }
    }
}
