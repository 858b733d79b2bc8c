package org.smesupport.casework.app.audit.access;

import java.time.Instant;
import org.smesupport.casework.api.audit.AccessKind;

/** What a search of the access log looks for; each criterion optional, all applying together. */
record AccessCriteria(AccessKind kind, String user, Instant from, Instant before) {
}
