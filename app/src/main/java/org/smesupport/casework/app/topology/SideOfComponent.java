package org.smesupport.casework.app.topology;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Which side a class or request belongs to, by the module (package) it lives in: the command side's module and the
 * query side's (with the web pages and the projections) are kept apart by the build, so their packages say it. The
 * application's own classes that belong to one side are named here.
 */
public final class SideOfComponent {

    private static final String ROOT = "org.smesupport.casework.";
    private static final Set<RequestMethod> WRITES =
            EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    private SideOfComponent() {
    }

    /**
     * The side of a request handler method, so that a load balancer can route by method and path: the API's reads
     * (GET) are the query side's, its writes (POST, PUT, PATCH, DELETE) the command side's; the web pages, the
     * administration of read models and the auditors' API are the query side's whatever their method. Empty for
     * what both serve (sign-in, errors).
     */
    public static Optional<Side> ofHandler(Class<?> type, Set<RequestMethod> methods) {
        String name = type.getName();
        if (name.startsWith(ROOT + "web.") || name.startsWith(ROOT + "app.admin.") || name.startsWith(ROOT + "app.audit.")
                // it erases through a command, then rebuilds the read models that held the erased texts
                || name.startsWith(ROOT + "app.privacy.")) {
            return Optional.of(Side.QUERY);
        }
        if (name.startsWith(ROOT + "command.") || name.startsWith(ROOT + "query.")) {
            return Optional.of(methods.stream().anyMatch(WRITES::contains) ? Side.COMMAND : Side.QUERY);
        }
        return Optional.empty();
    }

    /**
     * The side of a component that works in the background: an event processor's handlers (the command side's send
     * commands, every other one builds a read model) or a scheduled task of the command side (the close of
     * business). Empty for other components, which every instance has.
     */
    static Optional<Side> ofBackgroundWork(AnnotationMetadata metadata) {
        boolean commandModule = metadata.getClassName().startsWith(ROOT + "command.");
        if (metadata.hasAnnotation("org.axonframework.config.ProcessingGroup")) {
            return Optional.of(commandModule ? Side.COMMAND : Side.QUERY);
        }
        if (commandModule && metadata.hasAnnotatedMethods("org.springframework.scheduling.annotation.Scheduled")) {
            return Optional.of(Side.COMMAND);
        }
        return Optional.empty();
    }
}
