package org.smesupport.casework.web;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.smesupport.casework.api.common.CommandFailure;
import org.smesupport.casework.api.common.CommandResult;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Sends a form's command through the command gateway, with the same rules as the API (they are the command
 * bus's). A refusal becomes a message on the form instead of an error page: next to the field it names when the
 * form has that field, above the form otherwise. A refusal is a {@link CommandFailure} in the exception's
 * details where the handler refused; a conflict found only when the events are stored (someone else changed the
 * record first, or it exists already) reaches the page as Axon's exception.
 */
@Component
public class FormCommands {

    private final CommandGateway commands;

    FormCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * The version the command left its record at, or empty when it was refused (the form then carries why). A
     * command that creates a record answers with the record's id; its version is then 0.
     */
    public Optional<Long> send(Object command, BindingResult form) {
        Attempt attempt = attempt(command);
        attempt.refusal().ifPresent(refusal -> refusal.showOn(form));
        return Optional.ofNullable(attempt.version());
    }

    /**
     * Sends a command that creates the record with the id the form was shown with. When it is refused as a
     * conflict and the record exists ({@code exists}, asked for a few moments while the read model catches up),
     * the form was submitted twice and the first submit created it: that is success, not an error.
     */
    public boolean create(Object command, BindingResult form, BooleanSupplier exists) {
        Attempt attempt = attempt(command);
        if (attempt.refusal().isEmpty()) {
            return true;
        }
        Refusal refusal = attempt.refusal().get();
        if (refusal.conflict() && ReadYourWrites.await(() -> Optional.of(exists.getAsBoolean()), found -> found)
                .orElse(false)) {
            return true;
        }
        refusal.showOn(form);
        return false;
    }

    private Attempt attempt(Object command) {
        try {
            Object result = commands.sendAndWait(command);
            return new Attempt(result instanceof CommandResult changed ? changed.version() : 0L, Optional.empty());
        } catch (CommandExecutionException refused) {
            CommandFailure failure = refused.getDetails().filter(CommandFailure.class::isInstance)
                    .map(CommandFailure.class::cast).orElseThrow(() -> refused);
            return Attempt.refused(new Refusal(CommandFailure.CONFLICT.equals(failure.kind()), failure.field(),
                    "refused", inPagesLanguage(failure)));
        } catch (AggregateStreamCreationException exists) {
            return Attempt.refused(new Refusal(true, null, "refused.exists", null));
        } catch (ConflictingModificationException | ConcurrencyException changedMeanwhile) {
            // an outdated expected version, or a write at the same moment: never a lost update
            return Attempt.refused(new Refusal(true, null, "refused.changedMeanwhile", null));
        } catch (AggregateNotFoundException gone) {
            return Attempt.refused(new Refusal(false, null, "refused.notFound", null));
        }
    }

    /**
     * The refusal's text as the page resolves it in its own language from the {@code refusals} bundles, the
     * handler's English words where it names no code.
     */
    private static MessageSourceResolvable inPagesLanguage(CommandFailure failure) {
        String[] codes = failure.code() == null ? null : new String[] {failure.code()};
        return new DefaultMessageSourceResolvable(codes, failure.arguments().toArray(), failure.message());
    }

    private record Attempt(Long version, Optional<Refusal> refusal) {

        static Attempt refused(Refusal refusal) {
            return new Attempt(null, Optional.of(refusal));
        }
    }

    /**
     * @param why the refusal's own words (resolved in the page's language), or {@code null} where the page's
     *            {@code code} says it all
     */
    private record Refusal(boolean conflict, String field, String code, MessageSourceResolvable why) {

        /**
         * The forms carry a record's id and the version they showed as hidden fields, which show no message; a
         * refusal about one is shown above the form (e.g. a payment submitted twice).
         */
        private static boolean travelsHidden(String field) {
            return field.endsWith("Id") || field.equals("expectedVersion");
        }

        void showOn(BindingResult form) {
            Object[] arguments = why == null ? null : new Object[] {why};
            String english = why == null ? null : why.getDefaultMessage();
            if (field != null && form.getFieldType(field) != null && !travelsHidden(field)) {
                form.rejectValue(field, code, arguments, english);
            } else {
                form.reject(code, arguments, english);
            }
        }
    }
}
