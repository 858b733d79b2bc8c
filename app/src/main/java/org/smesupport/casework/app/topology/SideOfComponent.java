package org.smesupport.casework.app.topology;

import java.util.Optional;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Which side a class belongs to, by the module (package) it lives in: the command side's module and the query
 * side's (with the web pages and the projections) are kept apart by the build, so their packages say it. The
 * application's own classes that belong to one side are named here.
 */
final class SideOfComponent {

    private static final String ROOT = "org.smesupport.casework.";

    private SideOfComponent() {
    }

    /** The side of a request handler (controller) class; empty for what both sides serve (sign-in, errors). */
    static Optional<Side> ofHandler(Class<?> type) {
        String name = type.getName();
        if (name.startsWith(ROOT + "command.")) {
            return Optional.of(Side.COMMAND);
        }
        if (name.startsWith(ROOT + "query.") || name.startsWith(ROOT + "web.")
                || name.startsWith(ROOT + "app.admin.") || name.startsWith(ROOT + "app.audit.")
                // it erases through a command, then rebuilds the read models that held the erased texts
                || name.startsWith(ROOT + "app.privacy.")) {
            return Optional.of(Side.QUERY);
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
