package org.smesupport.casework.app.admin;

/**
 * A replay asked of an instance while another instance of the same service holds the processor's token: a replay
 * must claim every segment, which that instance keeps while it runs. Nothing was changed.
 */
public class ReplayHeldElsewhere extends RuntimeException {

    public ReplayHeldElsewhere(String name, String owners) {
        super("'" + name + "' is being processed by another instance (" + owners + "), which holds its position: "
                + "ask again until an instance that holds it answers, or stop the other query instances for the replay");
    }
}
