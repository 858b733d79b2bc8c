package org.smesupport.casework.command.web;

import java.net.URI;
import org.smesupport.casework.api.common.CommandResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answer to a command that created an aggregate: 201, where to read it, and its first version. */
public final class Created {

    /** The creation event is the first of the new stream, so its sequence number is 0. */
    private static final long FIRST_VERSION = 0;

    private Created() {
    }

    /** Locates the new resource under the collection the request was posted to. */
    public static ResponseEntity<CommandResult> at(String id) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(new CommandResult(id, FIRST_VERSION));
    }
}
