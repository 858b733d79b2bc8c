package org.smesupport.casework.command.matching;

/** The answer to a recorded meeting: the fair's id and version, and the meeting's generated id. */
record MeetingRecorded(String id, long version, String meetingId) {
}
