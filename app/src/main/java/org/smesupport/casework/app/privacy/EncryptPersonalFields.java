package org.smesupport.casework.app.privacy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.smesupport.casework.api.common.PersonalData;
import org.smesupport.casework.app.privacy.KeyStore.StoredKey;

/**
 * Encrypts the personal fields of every event an aggregate publishes, with its record's key, before the event store
 * keeps it; the aggregate itself has already applied the plain event. Registered on the event bus only (not as a
 * bean: Axon would also put it on the event gateway, whose events then pass the bus and would be encrypted twice). In
 * a record whose personal information was erased, a new personal text is stored erased.
 */
final class EncryptPersonalFields implements MessageDispatchInterceptor<EventMessage<?>> {

    private final RecordKeys keys;
    private final PersonalDataCipher cipher;
    private final Map<Class<?>, Optional<PersonalFieldTree>> trees = new ConcurrentHashMap<>();

    EncryptPersonalFields(RecordKeys keys, PersonalDataCipher cipher) {
        this.keys = keys;
        this.cipher = cipher;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> message instanceof DomainEventMessage<?> event ? encrypted(event) : message;
    }

    private EventMessage<?> encrypted(DomainEventMessage<?> event) {
        Optional<PersonalFieldTree> tree = trees.computeIfAbsent(event.getPayloadType(), PersonalFieldTree::of);
        if (tree.isEmpty()) {
            return event;
        }
        String record = event.getAggregateIdentifier();
        StoredKey key = keys.forWriting(record);
        Object payload = tree.get().map(event.getPayload(), text -> key.destroyed() ? PersonalData.ERASED
                : cipher.encrypt(text, key.secret(), record));
        return new GenericDomainEventMessage<>(event.getType(), record, event.getSequenceNumber(), payload,
                event.getMetaData(), event.getIdentifier(), event.getTimestamp());
    }
}
