package org.smesupport.casework.command.lease;

/**
 * The answer to a recorded payment: the contract's id and version, as every command answers, and the
 * payment's id (generated when the request had none), which a reversal addresses.
 */
record PaymentRecorded(String id, long version, String paymentId) {
}
