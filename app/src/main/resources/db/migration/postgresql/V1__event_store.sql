-- The event store of the postgres profile: Axon's JDBC event and snapshot tables (the layout of
-- Axon's PostgresEventTableFactory), and the idempotency keys, which commit in the same
-- transaction as a command's events.

CREATE TABLE domainevententry (
    globalindex BIGSERIAL NOT NULL,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber BIGINT NOT NULL,
    type VARCHAR(255),
    eventidentifier VARCHAR(255) NOT NULL,
    metadata BYTEA,
    payload BYTEA NOT NULL,
    payloadrevision VARCHAR(255),
    payloadtype VARCHAR(255) NOT NULL,
    timestamp VARCHAR(255),
    PRIMARY KEY (globalindex),
    UNIQUE (aggregateidentifier, sequencenumber),
    UNIQUE (eventidentifier)
);

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber BIGINT NOT NULL,
    type VARCHAR(255) NOT NULL,
    eventidentifier VARCHAR(255) NOT NULL,
    metadata BYTEA,
    payload BYTEA NOT NULL,
    payloadrevision VARCHAR(255),
    payloadtype VARCHAR(255) NOT NULL,
    timestamp VARCHAR(255),
    PRIMARY KEY (aggregateidentifier, sequencenumber),
    UNIQUE (eventidentifier)
);

CREATE TABLE idempotency_keys (
    id VARCHAR(600) PRIMARY KEY,
    request_hash CHAR(64) NOT NULL,
    status INT NOT NULL,
    content_type VARCHAR(255),
    body BYTEA,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
