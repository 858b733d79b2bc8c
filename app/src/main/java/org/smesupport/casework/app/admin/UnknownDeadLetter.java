package org.smesupport.casework.app.admin;

/** Nothing parked in that sequence of that projection. */
class UnknownDeadLetter extends RuntimeException {

    UnknownDeadLetter(String projection, String sequence) {
        super("'" + projection + "' has no dead letters in sequence '" + sequence + "'");
    }
}
