package org.smesupport.casework.command.matching;

/**
 * The answer to a fair registration: the fair's id and version, and the participant's generated id, which
 * meetings and the satisfaction survey address.
 */
record ParticipantRegistered(String id, long version, String participantId) {
}
