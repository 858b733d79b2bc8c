package org.smesupport.casework.command.importing;

/** The file is not CSV or JSON of the shape an import reads (a 400: nothing in it was looked at). */
class UnreadableImportFile extends RuntimeException {

    private final String file;
    private final String reason;

    UnreadableImportFile(String file, String reason) {
        super("The file " + file + " cannot be read: " + reason);
        this.file = file;
        this.reason = reason;
    }

    String file() {
        return file;
    }

    String reason() {
        return reason;
    }
}
