package org.smesupport.casework.app.admin;

/** No processor by that name. */
class UnknownProjection extends RuntimeException {

    UnknownProjection(String name) {
        super("no projection named '" + name + "'");
    }
}
