package org.smesupport.casework.command.privacy;

import java.util.Collection;

/**
 * The keys the personal fields of each record's events are encrypted with, one per record (event stream); kept by the
 * app beside the events, so that destroying them commits or rolls back with the erasure's event.
 */
public interface PersonalDataKeys {

    /** Destroys the keys of {@code records}: their personal fields can never be read again. */
    void destroy(Collection<String> records);
}
