package org.smesupport.casework.command.importing;

import java.util.List;

/**
 * One kind of record a centre brings in from its earlier books ({@code POST /api/imports/{name}}): how a row
 * reads as the command that stores it, and whether that command would store anything. A programme declares its
 * import as a Spring bean implementing this; {@link Importer} does the rest (dry run, validation report, the
 * file's name, checksum and row in every event's metadata).
 *
 * @param <C> the command a row becomes
 */
public interface ImportKind<C> {

    /** The import's name in its path, e.g. {@code published-figures}. */
    String name();

    /** Every column the import reads; a file with any other column is refused, as a misspelt heading would be. */
    List<String> columns();

    /** The command for the row, or {@code null} where a cell could not be read (the fields noted the problem). */
    C read(RowFields row);

    /**
     * Problems among the rows read (the same record twice) or with what is stored already, noted in
     * {@code findings}; warnings too. Runs on a dry run as on a real one, before anything is stored.
     */
    default void check(List<ReadRow<C>> rows, ImportFindings findings) {
    }

    /** Whether the command would store nothing: the record is stored already as the row gives it. */
    boolean alreadyStored(C command);

    /** A row and the command it reads as. */
    record ReadRow<C>(int row, C command) {
    }
}
