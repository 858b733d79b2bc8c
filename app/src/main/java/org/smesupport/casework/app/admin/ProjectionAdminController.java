package org.smesupport.casework.app.admin;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators' view of the projections (ADMIN only, see SecurityConfiguration). */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final ProjectionAdministration administration;
    private final ProjectionVerifier verifier;

    ProjectionAdminController(ProjectionAdministration administration, ProjectionVerifier verifier) {
        this.administration = administration;
        this.verifier = verifier;
    }

    /**
     * Lists every projection's processor with its position, lag and dead letters.
     * Processors that run on another instance are listed too.
     */
    @GetMapping
    List<ProjectionStatus> list() {
        return administration.statuses();
    }

    /**
     * Shows one projection's processor, with any rebuild in progress.
     *
     * @param name the processor's name, as the list gives it
     */
    @GetMapping("/{name}")
    ProjectionStatus get(@PathVariable String name) {
        return administration.status(name).orElseThrow(() -> new UnknownProjection(name));
    }

    /**
     * Rebuilds the read model from the first event; poll GET until {@code rebuilding} is false. 409 for a
     * processor that must never replay, which is left as it was.
     */
    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ProjectionStatus> replay(@PathVariable String name) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(administration.replay(name).orElseThrow(() -> new UnknownProjection(name)));
    }

    /**
     * Compares the read model with a rebuild of it from the events, document by document.
     * The rebuild goes into a shadow database and the live read model is left as it is; answers when done. 409 for a
     * processor whose read model is not rebuilt from the events alone.
     */
    @PostMapping("/{name}/verify")
    ProjectionVerification verify(@PathVariable String name) {
        return verifier.verify(name);
    }
}
