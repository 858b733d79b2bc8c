package org.smesupport.casework.app.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.smesupport.casework.api.lease.InterestSubsidyGrantedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An {@link InterestSubsidyGrantedEvent} stored before events declared revisions has none; some name the
 * contract's holder ({@code companyId}), the oldest do not, and this upcaster cannot read the contract's
 * stream to find it. It reads both as revision 2 with the holder as stored, null (unknown) where absent:
 * readers take that holder from the contract's opening. Bringing every stored event to one revision lets
 * the next change of shape upcast from revision 2 alone. No event was ever stored as revision 1.
 *
 * <p>A Spring bean, so Axon's auto-configuration adds it to the configuration's upcaster chain, which the
 * JDBC event store and Axon Server's both read through; it runs after {@link ModuleQualifiedEventTypes}.
 */
@Component
@Order(1)
class InterestSubsidyGrantedToRevision2 extends SingleEventUpcaster {

    private static final String TYPE = InterestSubsidyGrantedEvent.class.getName();
    private static final SerializedType UNREVISED = new SimpleSerializedType(TYPE, null);
    private static final SerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");
    private static final String COMPANY_ID = "companyId";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(UNREVISED);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, InterestSubsidyGrantedToRevision2::withHolder);
    }

    private static JsonNode withHolder(JsonNode payload) {
        ObjectNode event = (ObjectNode) payload;
        if (!event.has(COMPANY_ID)) {
            event.putNull(COMPANY_ID);
        }
        return event;
    }
}
