package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.app.topology.Side;
import org.smesupport.casework.app.topology.SideOfComponent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The compose topologies' gateway (src/deploy/nginx/casework.conf) sends every request the application maps to a
 * service of the side that maps it: its routing rule, read from the file, is asked about every request mapping of
 * the whole product and must agree with the application's own rule (what a command or a query service maps).
 */
class GatewayRoutingEndToEndTest extends EndToEndTest {

    private static final Pattern COMMAND_ROUTE = Pattern.compile("\"~(\\^[^\"]+)\"\\s+casework_command;");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theGatewayRoutesEveryRequestToTheSideThatServesIt() throws Exception {
        Matcher route = COMMAND_ROUTE.matcher(Files.readString(Path.of("../src/deploy/nginx/casework.conf")));
        assertThat(route.find()).as("the gateway's rule for the command services").isTrue();
        Pattern toCommands = Pattern.compile(route.group(1));
        List<String> checked = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Optional<Side> side = SideOfComponent.ofHandler(mapping.getValue().getBeanType(),
                    mapping.getKey().getMethodsCondition().getMethods());
            for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                for (String path : mapping.getKey().getPatternValues()) {
                    Side routed = toCommands.matcher(method + " " + path).find() ? Side.COMMAND : Side.QUERY;
                    side.ifPresent(served -> assertThat(routed).as(method + " " + path).isEqualTo(served));
                    checked.add(method + " " + path);
                }
            }
        }
        assertThat(checked).as("requests routed").hasSizeGreaterThan(100)
                .contains("POST /api/companies", "GET /api/companies", "POST /api/auth/token");
    }
}
