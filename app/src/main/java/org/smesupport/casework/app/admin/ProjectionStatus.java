package org.smesupport.casework.app.admin;

import java.util.List;

/**
 * One projection's processor as an operator sees it.
 *
 * @param error            true while the processor is failing (it retries the batch; see errorMessage)
 * @param errorMessage     the failure's class and message while in error, else absent
 * @param position         the global event position the projection has processed up to (-1: none)
 * @param headPosition     the position of the newest event in the store
 * @param lag              events behind the head ({@code headPosition - position})
 * @param deadLetters      events parked in this processor's dead-letter queue (0 without a queue)
 * @param replaying        Axon's replay flag: set by a replay, cleared only when the first event after
 *                         the replay's start arrives, so it may stay on after the rebuild has finished
 * @param rebuilding       true while a replay has not yet reached the head at the time it started
 * @param rebuildProgress  while rebuilding, position over that head (0..1), else absent
 * @param rebuild          while rebuilding, events done and in all, rate and time left, else absent
 * @param replayable       false for processors that must never replay (their handlers refuse a reset)
 * @param heldHere         true when this instance holds the processor's segments (with several instances, the one to
 *                         ask for a rebuild or a retry of dead letters)
 * @param heldBy           the instances holding a live claim on a segment ({@code pid@host}, Axon's owner names)
 */
public record ProjectionStatus(String name, boolean running, boolean error,
                               String errorMessage,
                               long position, long headPosition, long lag, long deadLetters,
                               boolean replaying, boolean rebuilding,
                               Double rebuildProgress, RebuildRate rebuild,
                               boolean replayable, boolean heldHere, List<String> heldBy) {
}
