package org.smesupport.casework.app.axon;

import java.util.Set;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Events stored before the contract moved to module-qualified packages name their payload types
 * {@code org.smesupport.casework.<programme>.<Event>}; the same classes are now
 * {@code org.smesupport.casework.api.<programme>.<Event>}, unchanged otherwise. This renames the type
 * as events are read (aggregates, processors, the audit API), so a store written before reads the
 * same and nothing stored is rewritten.
 */
@Component
@Order(0)
class ModuleQualifiedEventTypes extends SingleEventUpcaster {

    private static final String OLD_ROOT = "org.smesupport.casework.";
    private static final String NEW_ROOT = OLD_ROOT + "api.";
    /** The contract's packages before the move; an event type outside them is left as it is. */
    private static final Set<String> CONTRACT_PACKAGES = Set.of("common", "company", "consultation", "fiscalyear",
            "lease", "matching", "restructuring", "succession");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return movedName(representation.getType().getName()) != null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        SerializedType type = representation.getType();
        return representation.upcastPayload(
                new SimpleSerializedType(movedName(type.getName()), type.getRevision()), byte[].class, data -> data);
    }

    /** The type's name since the move, or null when it was not a contract type of before. */
    static String movedName(String typeName) {
        if (!typeName.startsWith(OLD_ROOT)) {
            return null;
        }
        int packageEnd = typeName.indexOf('.', OLD_ROOT.length());
        if (packageEnd < 0 || !CONTRACT_PACKAGES.contains(typeName.substring(OLD_ROOT.length(), packageEnd))) {
            return null;
        }
        return NEW_ROOT + typeName.substring(OLD_ROOT.length());
    }
}
