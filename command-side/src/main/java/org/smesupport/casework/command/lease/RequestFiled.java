package org.smesupport.casework.command.lease;

/**
 * The answer to a deferral or write-off request: the contract's id and version, and the request's
 * generated id, which the supervisor's approval or rejection addresses.
 */
record RequestFiled(String id, long version, String requestId) {
}
