package org.smesupport.casework.api.common;

/**
 * What every command returns: the aggregate it touched and that aggregate's version after the
 * command (the sequence number of the last event it applied). Clients send the version back as the
 * expected version of their next command to detect concurrent changes.
 */
public record CommandResult(String id, long version) {
}
