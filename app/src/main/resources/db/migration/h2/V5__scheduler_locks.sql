-- Work that must run on one instance at a time (the close of business) holds a row here while it runs; the row's
-- lock_until lets another instance take the work over when its holder dies without releasing it (ShedLock's table).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
