package org.smesupport.casework.app.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain's tables beside the event store's ({@code audit_chain_link}, {@code audit_chain_seal}; migration
 * V2__audit_chain): written a batch at a time in one transaction, which on H2 returns only once it is on disk as
 * an event's does, so a link is never lost while the processor's position says it was made.
 */
final class ChainTables {

    private static final String LINK_COLUMNS = "n, global_index, event_identifier, previous_hash, digest, hash";
    private static final String SEAL_COLUMNS = "name, n, global_index, hash, seal";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate transactions;
    private final Runnable durably;

    /** @param durably run inside each writing transaction: makes its commit durable (H2), or nothing */
    ChainTables(JdbcTemplate jdbc, TransactionTemplate transactions, Runnable durably) {
        this.jdbc = jdbc;
        this.streaming = StoredEvents.streaming(jdbc);
        this.transactions = transactions;
        this.durably = durably;
    }

    Optional<ChainSeal> seal(String name) {
        return jdbc.query("SELECT " + SEAL_COLUMNS + " FROM audit_chain_seal WHERE name = ?",
                (row, number) -> seal(row), name).stream().findFirst();
    }

    List<ChainSeal> seals() {
        return jdbc.query("SELECT " + SEAL_COLUMNS + " FROM audit_chain_seal ORDER BY name",
                (row, number) -> seal(row));
    }

    Optional<ChainLink> linkNumbered(long n) {
        return jdbc.query("SELECT " + LINK_COLUMNS + " FROM audit_chain_link WHERE n = ?",
                (row, number) -> link(row), n).stream().findFirst();
    }

    boolean linked(long globalIndex) {
        return !jdbc.queryForList("SELECT n FROM audit_chain_link WHERE global_index = ?", Long.class, globalIndex)
                .isEmpty();
    }

    /** Every link in the order of the events' global index; to be closed, inside a transaction. */
    Stream<ChainLink> inOrderOfTheEvents() {
        return streaming.queryForStream("SELECT " + LINK_COLUMNS + " FROM audit_chain_link ORDER BY global_index",
                (row, number) -> link(row));
    }

    void write(List<ChainLink> links, Collection<ChainSeal> seals) {
        transactions.executeWithoutResult(status -> {
            durably.run();
            jdbc.batchUpdate("INSERT INTO audit_chain_link (" + LINK_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                    links.stream().map(link -> new Object[] {link.n(), link.globalIndex(), link.eventIdentifier(),
                            link.previous(), link.digest(), link.hash()}).toList());
            for (ChainSeal seal : seals) {
                int updated = jdbc.update("UPDATE audit_chain_seal SET n = ?, global_index = ?, hash = ?, seal = ? "
                        + "WHERE name = ?", seal.n(), seal.globalIndex(), seal.hash(), seal.seal(), seal.name());
                if (updated == 0) {
                    jdbc.update("INSERT INTO audit_chain_seal (" + SEAL_COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
                            seal.name(), seal.n(), seal.globalIndex(), seal.hash(), seal.seal());
                }
            }
        });
    }

    private static ChainLink link(ResultSet row) throws SQLException {
        return new ChainLink(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6));
    }

    private static ChainSeal seal(ResultSet row) throws SQLException {
        return new ChainSeal(row.getString(1), row.getLong(2), row.getLong(3), row.getString(4), row.getString(5));
    }
}
