package org.smesupport.casework.app.audit;

import static org.smesupport.casework.app.audit.AuditMetadata.BUSINESS_DATE;
import static org.smesupport.casework.app.audit.AuditMetadata.CAUSATION_ID;
import static org.smesupport.casework.app.audit.AuditMetadata.CORRELATION_ID;
import static org.smesupport.casework.app.audit.AuditMetadata.REASON;
import static org.smesupport.casework.app.audit.AuditMetadata.ROLE;
import static org.smesupport.casework.app.audit.AuditMetadata.USER;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.smesupport.casework.command.importing.ImportMetadata;
import org.springframework.stereotype.Component;

/**
 * Copies the audit metadata of the message being handled onto every message it causes (and, for an imported
 * record, the file, checksum and row it came from). Replaces
 * Axon's default MessageOriginProvider, whose "correlationId" is really the parent's id: here the
 * correlation id stays the one the request started with and the causation id names the parent.
 */
@Component
class AuditCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>(message.getMetaData().subset(USER, ROLE, REASON, BUSINESS_DATE,
                ImportMetadata.FILE, ImportMetadata.CHECKSUM, ImportMetadata.ROW));
        data.put(CORRELATION_ID, message.getMetaData().getOrDefault(CORRELATION_ID, message.getIdentifier()));
        data.put(CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
