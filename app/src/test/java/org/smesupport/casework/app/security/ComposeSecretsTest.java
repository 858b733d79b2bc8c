package org.smesupport.casework.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The production setups in docker-compose.yml (Axon Server) and docker-compose.postgres.yml, with the files they
 * include, read as data because this machine has no container engine: secrets only from the operator's .env
 * (compose stops when one is missing), only the gateway's port published, MongoDB with authentication, Axon Server
 * with access control, two command and two query services sharing their secrets.
 */
class ComposeSecretsTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> SECRETS = List.of("CASEWORK_TOKEN_SECRET", "CASEWORK_ADMIN_PASSWORD_HASH",
            "AXONSERVER_TOKEN", "AXONSERVER_ADMIN_TOKEN", "MONGO_ROOT_PASSWORD", "MONGO_APP_PASSWORD",
            "MONGO_REPLICA_SET_KEY", "POSTGRES_PASSWORD", "CASEWORK_AUDIT_CHAIN_KEY");
    private static final List<String> TOPOLOGIES = List.of("docker-compose.yml", "docker-compose.postgres.yml");

    private final Map<String, Map<String, Object>> services = services("docker-compose.yml");
    private final Map<String, Map<String, Object>> postgresServices = services("docker-compose.postgres.yml");

    @Test
    void everySecretComesFromTheEnvFileAndIsRequired() {
        for (String file : composeFiles()) {
            String compose = read(file);
            Matcher reference = Pattern.compile("\\$\\{([A-Z_]+)(:?[?-]?)").matcher(compose);
            while (reference.find()) {
                if (SECRETS.contains(reference.group(1))) {
                    assertThat(reference.group(2)).as("${%s} in %s must fail when unset", reference.group(1), file)
                            .isEqualTo(":?");
                }
            }
            assertThat(compose).as(file).doesNotContain("$$2a$$").doesNotContain("change-me");
        }
        String example = read(".env.example");
        SECRETS.forEach(secret -> assertThat(example).contains("\n" + secret + "="));
        assertThat(read(".gitignore").lines()).contains(".env");
    }

    @Test
    void onlyTheGatewayPublishesAPort() {
        for (Map<String, Map<String, Object>> topology : List.of(services, postgresServices)) {
            topology.forEach((name, service) -> {
                if (name.equals("gateway")) {
                    assertThat(service).containsKey("ports");
                } else {
                    assertThat(service).as(name).doesNotContainKey("ports");
                }
            });
        }
        assertThat(services).containsKeys("axonserver", "mongo", "command", "query", "gateway");
        assertThat(postgresServices).containsKeys("postgres", "mongo", "command", "query", "gateway")
                .doesNotContainKey("axonserver");
    }

    @Test
    void twoCommandAndTwoQueryServicesShareTheirSecrets() {
        for (Map<String, Map<String, Object>> topology : List.of(services, postgresServices)) {
            for (String side : List.of("command", "query")) {
                Map<String, Object> service = topology.get(side);
                assertThat(service).containsEntry("deploy", Map.of("replicas", 2));
                assertThat(environment(service)).containsEntry("CASEWORK_SERVES", side)
                        .containsKeys("CASEWORK_TOKEN_SECRET", "MONGODB_URI", "CASEWORK_SECURITY_USERS_0_PASSWORD");
            }
        }
        // without Axon Server nothing routes a record's commands to one instance: no aggregate cache, one chain key
        assertThat(environment(postgresServices.get("command")))
                .containsEntry("SPRING_PROFILES_ACTIVE", "production,postgres")
                .containsEntry("CASEWORK_AGGREGATE_CACHE_ENTRIES", "0")
                .containsKeys("CASEWORK_AUDIT_CHAIN_KEY", "CASEWORK_POSTGRES_PASSWORD");
        assertThat(read("src/deploy/nginx/casework.conf")).contains("proxy_pass http://$casework_side;", "ip_hash;");
    }

    @Test
    void mongoRequiresAuthenticationAndTheApplicationSignsInAsItsOwnUser() {
        Map<String, Object> mongo = services.get("mongo");
        assertThat(environment(mongo)).containsKeys("MONGO_INITDB_ROOT_USERNAME", "MONGO_INITDB_ROOT_PASSWORD");
        assertThat(String.join(" ", strings(mongo.get("entrypoint")))).contains("--keyFile");
        assertThat(environment(services.get("command")).get("MONGODB_URI"))
                .startsWith("mongodb://casework:${MONGO_APP_PASSWORD:?").contains("authSource=admin");
        assertThat(read("src/deploy/mongo/create-app-user.js")).contains("user: 'casework'")
                .contains("role: 'readWrite', db: 'casework'");
    }

    @Test
    void axonServerRequiresATokenAndTheApplicationSendsIt() {
        Map<String, String> axonServer = environment(services.get("axonserver"));
        assertThat(axonServer).containsEntry("AXONIQ_AXONSERVER_ACCESSCONTROL_ENABLED", "true");
        assertThat(axonServer.get("AXONIQ_AXONSERVER_ACCESSCONTROL_TOKEN")).startsWith("${AXONSERVER_TOKEN:?");
        assertThat(environment(services.get("query")).get("AXONSERVER_TOKEN")).startsWith("${AXONSERVER_TOKEN:?");
        assertThat(read("app/src/main/resources/application-production.yml"))
                .contains("token: ${AXONSERVER_TOKEN:}").contains("refuse-insecure-defaults: true");
    }

    /** The topology's services with those of the files it includes (paths relative to the including file). */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services(String file) {
        Map<String, Object> document = new Yaml().load(read(file));
        Map<String, Map<String, Object>> services =
                new LinkedHashMap<>((Map<String, Map<String, Object>>) document.get("services"));
        for (String included : (List<String>) document.getOrDefault("include", List.of())) {
            services.putAll(services(included));
        }
        return services;
    }

    /** Every compose file of both topologies. */
    @SuppressWarnings("unchecked")
    private static Set<String> composeFiles() {
        Set<String> files = new LinkedHashSet<>(TOPOLOGIES);
        for (String topology : TOPOLOGIES) {
            Map<String, Object> document = new Yaml().load(read(topology));
            files.addAll((List<String>) document.getOrDefault("include", List.of()));
        }
        return files;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        return (Map<String, String>) service.get("environment");
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    private static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
