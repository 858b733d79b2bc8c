package org.smesupport.casework.command.importing;

/** The metadata keys naming where an imported event came from: the file, its SHA-256 and the row. */
public final class ImportMetadata {

    public static final String FILE = "importFile";
    public static final String CHECKSUM = "importChecksum";
    public static final String ROW = "importRow";

    private ImportMetadata() {
    }
}
