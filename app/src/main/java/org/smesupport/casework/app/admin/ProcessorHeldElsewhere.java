package org.smesupport.casework.app.admin;

/**
 * Work on a projection's processor asked of an instance while another instance of the same service holds its token: a
 * replay must claim every segment, and a retry of dead letters must be the read model's only writer while it runs, so
 * either needs the claim that instance keeps while it runs. Nothing was changed.
 */
public class ProcessorHeldElsewhere extends RuntimeException {

    /** @param work what was asked, e.g. "a replay" */
    public ProcessorHeldElsewhere(String name, String owners, String work) {
        super("'" + name + "' is being processed by another instance (" + owners + "), which holds its position; "
                + work + " needs it: ask again until an instance that holds it answers, or stop the other query "
                + "instances meanwhile");
    }
}
