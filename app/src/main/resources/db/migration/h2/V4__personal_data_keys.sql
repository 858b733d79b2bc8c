-- The keys the personal fields of each record's events are encrypted with (app/privacy): one per record (event
-- stream), made when its first personal field is stored, in the same transaction. Erasing a record's personal
-- information destroys its secret (set to NULL) in the transaction that stores the erasure's event.

CREATE TABLE personal_data_key (
    stream_id VARCHAR(255) PRIMARY KEY,
    secret VARBINARY(32),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    destroyed_at TIMESTAMP WITH TIME ZONE
);
