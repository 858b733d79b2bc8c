package org.smesupport.casework.api.common;

/**
 * A command that carries a caseworker's reason. The reason is copied into the metadata of every
 * event the command causes, so auditors see why without knowing each event's shape.
 */
public interface Reasoned {

    String reason();
}
