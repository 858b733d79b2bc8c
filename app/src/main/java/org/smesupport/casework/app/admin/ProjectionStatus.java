package org.smesupport.casework.app.admin;

/**
 * One projection's processor as an operator sees it.
 *
 * @param position      the global event position the projection has processed up to (-1: none)
 * @param headPosition  the position of the newest event in the store
 * @param replaying     true while a replay has not yet reached the position it was started at
 */
public record ProjectionStatus(String name, boolean running, boolean error, long position, long headPosition,
                        boolean replaying) {
}
