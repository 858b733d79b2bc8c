package org.smesupport.casework.app.audit;

import static org.smesupport.casework.app.audit.AuditMetadata.BUSINESS_DATE;
import static org.smesupport.casework.app.audit.AuditMetadata.CORRELATION_ID;
import static org.smesupport.casework.app.audit.AuditMetadata.REASON;
import static org.smesupport.casework.app.audit.AuditMetadata.ROLE;
import static org.smesupport.casework.app.audit.AuditMetadata.USER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;
import org.smesupport.casework.api.common.Reasoned;
import org.smesupport.casework.command.closeofbusiness.BusinessCalendar;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Stamps every command with who sends it, in which role, why (for commands that carry a reason),
 * under which correlation id and for which business date (the one the request states, else the
 * centre's). Runs on the sender's thread, where the
 * authenticated user and the request's MDC are at hand. Metadata already present (set by a saga
 * or the demo loader) is kept.
 */
@Component
class AuditMetadataDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final BusinessCalendar calendar;

    AuditMetadataDispatchInterceptor(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(missingAuditData(command));
    }

    private Map<String, Object> missingAuditData(CommandMessage<?> command) {
        Map<String, Object> data = new HashMap<>();
        if (!command.getMetaData().containsKey(USER)) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            boolean authenticated = authentication != null && authentication.isAuthenticated();
            data.put(USER, authenticated ? authentication.getName() : AuditMetadata.SYSTEM_USER);
            data.put(ROLE, authenticated ? roles(authentication) : AuditMetadata.SYSTEM_ROLE);
        }
        if (command.getPayload() instanceof Reasoned reasoned && reasoned.reason() != null) {
            data.put(REASON, reasoned.reason());
        }
        putIfAbsent(command, data, CORRELATION_ID, MDC.get(RequestMetadataFilter.CORRELATION_MDC_KEY));
        if (!command.getMetaData().containsKey(BUSINESS_DATE)) {
            String stated = MDC.get(RequestMetadataFilter.BUSINESS_DATE_MDC_KEY);
            data.put(BUSINESS_DATE, stated != null ? stated : calendar.businessDate().toString());
        }
        return data;
    }

    private static void putIfAbsent(CommandMessage<?> command, Map<String, Object> data, String key, String value) {
        if (value != null && !command.getMetaData().containsKey(key)) {
            data.put(key, value);
        }
    }

    private static String roles(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .sorted()
                .collect(Collectors.joining(","));
    }
}
