-- The hash chain over the events (app/audit/chain): one link per stored event, in the order the chain
-- processor received them (n), each SHA-256(previous hash, n, the digest of the event's stored row); and the
-- seals: the head and the last link of each day, signed with HMAC under the chain key. Written only by the
-- audit-chain processor; GET /api/audit/verify reads them against DomainEventEntry.

CREATE TABLE audit_chain_link (
    n BIGINT PRIMARY KEY,
    global_index BIGINT NOT NULL UNIQUE,
    event_identifier VARCHAR(255) NOT NULL,
    previous_hash CHAR(64) NOT NULL,
    digest CHAR(64) NOT NULL,
    hash CHAR(64) NOT NULL
);

CREATE TABLE audit_chain_seal (
    name VARCHAR(32) PRIMARY KEY,
    n BIGINT NOT NULL,
    global_index BIGINT NOT NULL,
    hash CHAR(64) NOT NULL,
    seal CHAR(64) NOT NULL
);
