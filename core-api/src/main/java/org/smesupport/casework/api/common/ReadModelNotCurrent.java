package org.smesupport.casework.api.common;

/**
 * A read model cannot answer completely for now: it has not applied every stored event (it is being
 * rebuilt, is behind, is failing, or holds parked events). Work that must see every record, like the
 * close of business, stops instead of acting on part of them; it can be run again once the read model
 * is current.
 */
public class ReadModelNotCurrent extends RuntimeException {

    private final String readModel;

    public ReadModelNotCurrent(String readModel, String reason) {
        super("The read model " + readModel + " is not current: " + reason + ". Try again when it has caught up.");
        this.readModel = readModel;
    }

    public String readModel() {
        return readModel;
    }
}
