package org.smesupport.casework.app.audit.chain;

/**
 * One event of an audit export: its stored row and, where the chain has linked it, its link (else {@code n} is
 * {@code null}: recorded after the chain's head).
 */
record ExportedEvent(StoredEvent row, Long n, String previous, String digest, String hash) {
}
