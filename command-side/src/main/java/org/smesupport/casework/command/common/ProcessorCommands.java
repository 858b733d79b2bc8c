package org.smesupport.casework.command.common;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Commands a processor sends on its own (a backfill, an assignment): recorded under the processor's name with
 * the role SYSTEM, since no person asked for them.
 */
public final class ProcessorCommands {

    private ProcessorCommands() {
    }

    public static void sendAndWait(CommandGateway commandGateway, Object command, String processingGroup) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of("user", processingGroup, "role", "SYSTEM")));
    }
}
