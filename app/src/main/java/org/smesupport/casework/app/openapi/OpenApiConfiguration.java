package org.smesupport.casework.app.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.smesupport.casework.query.FiscalYearReport;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): what the API is, how to sign in
 * (a bearer token from {@code POST /api/auth/token}, or Basic), and on every operation the problem documents it may
 * answer with and the headers it reads, which springdoc cannot see in the controllers' signatures.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";
    private static final String TOKEN_PATH = "/api/auth/token";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI caseworkOpenApi() {
        return new OpenAPI()
                .info(new Info().title("SME-support case management API").version("1").description("""
                        Case management for a public SME-support centre: consultations, equipment leases and their \
                        receivables, business matching, restructuring and succession, each step an immutable event; \
                        read models, the annual report's tables with drill-down, and the audit trail. Sign in with \
                        POST /api/auth/token (HTTP Basic) and send the token as a bearer token. Refusals are RFC 9457 \
                        problem documents; with Accept-Language: ja their detail is in Japanese."""))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A token from POST /api/auth/token, valid for 8 hours"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("A user name and password (slower: checked per request)")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                // named rather than taken from each request, so that the document is the same wherever it is asked
                .servers(List.of(new Server().url("http://localhost:8080")
                        .description("the embedded default (README); behind the gateway in production")))
                .tags(ProgrammeTags.TAGS);
    }

    @Bean
    OperationCustomizer programmeTags() {
        return new ProgrammeTags();
    }

    @Bean
    PropertyCustomizer wholeNumbers() {
        return new WholeNumbers();
    }

    @Bean
    OpenApiCustomizer reportSchemas(List<FiscalYearReport<?>> reports) {
        return new ReportSchemas(reports);
    }

    /**
     * The answers and headers every operation shares, by method; the problem's schema is added here, after springdoc
     * has dropped the schemas no operation of its own refers to.
     */
    @Bean
    OpenApiCustomizer problemsAndHeaders() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    shared(path, method, operation)));
        };
    }

    private static void shared(String path, PathItem.HttpMethod method, Operation operation) {
        // OpenAPI ignores a header parameter named Accept (content negotiation is the answer's media types)
        if (operation.getParameters() != null) {
            operation.getParameters().removeIf(parameter -> "header".equals(parameter.getIn())
                    && parameter.getName().equalsIgnoreCase("Accept"));
        }
        // signing in records nothing: it is not a change
        boolean command = (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE) && !path.equals(TOKEN_PATH);
        ApiResponses responses = operation.getResponses();
        problem(responses, "400", "Malformed request: unreadable JSON, an unknown field, a value out of range");
        problem(responses, "401", "Not signed in, or the token expired");
        problem(responses, "403", "The signed-in role may not do this");
        if (path.contains("{")) {
            problem(responses, "404", "No such record");
        }
        if (command) {
            problem(responses, "409", "A concurrent change, or a value another record holds");
            problem(responses, "422", "Refused by a business rule; code and field name the rule");
            header(operation, "Idempotency-Key", "Sent again with the same key, the command is not run twice: the "
                    + "first answer is returned");
            header(operation, "X-Business-Date", "The business date the entry is for (ISO date), if not today");
        }
        header(operation, "X-Correlation-Id", "Ties together everything one request causes; answered back");
        ApiResponse created = responses.get("201");
        if (created != null) {
            created.addHeaderObject("Location", new Header().description("where the new record is read")
                    .schema(new StringSchema()));
        }
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/"
                            + PROBLEM)))));
        }
    }

    private static void header(Operation operation, String name, String description) {
        boolean present = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> name.equalsIgnoreCase(parameter.getName()));
        if (!present) {
            Parameter header = new HeaderParameter().name(name).required(false).description(description)
                    .schema(new StringSchema());
            operation.addParametersItem(header);
        }
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details").properties(Map.of(
                "type", new StringSchema().description("a URI naming the kind of problem"),
                "title", new StringSchema(),
                "status", new IntegerSchema(),
                "detail", new StringSchema().description("what to do about it, in Japanese with Accept-Language: ja"),
                "instance", new StringSchema(),
                "code", new StringSchema().description("the refusal's code, e.g. lease.amount.moreThanOwed"),
                "field", new StringSchema().description("the request field the problem is about")));
    }
}
