package org.smesupport.casework.app.admin;

/** A replay asked of a processor that must never replay; nothing was changed. */
public class ReplayRefused extends RuntimeException {

    ReplayRefused(String name) {
        super("'" + name + "' must never replay: its handlers refuse a reset (@DisallowReplay), because replaying "
                + "them would repeat what they did (such as sending commands) rather than rebuild a read model");
    }
}
