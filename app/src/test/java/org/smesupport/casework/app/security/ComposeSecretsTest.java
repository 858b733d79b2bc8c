package org.smesupport.casework.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The production setup in docker-compose.yml, read as data because this machine has no container
 * engine: secrets only from the operator's .env (compose stops when one is missing), no database or
 * Axon Server port published, MongoDB with authentication, Axon Server with access control.
 */
class ComposeSecretsTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> SECRETS = List.of("CASEWORK_TOKEN_SECRET", "CASEWORK_ADMIN_PASSWORD_HASH",
            "AXONSERVER_TOKEN", "AXONSERVER_ADMIN_TOKEN", "MONGO_ROOT_PASSWORD", "MONGO_APP_PASSWORD",
            "MONGO_REPLICA_SET_KEY");

    private final String compose = read("docker-compose.yml");
    private final Map<String, Map<String, Object>> services = services();

    @Test
    void everySecretComesFromTheEnvFileAndIsRequired() {
        Matcher reference = Pattern.compile("\\$\\{([A-Z_]+)(:?[?-]?)").matcher(compose);
        while (reference.find()) {
            if (SECRETS.contains(reference.group(1))) {
                assertThat(reference.group(2)).as("${%s} must fail when unset", reference.group(1)).isEqualTo(":?");
            }
        }
        assertThat(compose).doesNotContain("$$2a$$").doesNotContain("change-me");
        String example = read(".env.example");
        SECRETS.forEach(secret -> assertThat(example).contains("\n" + secret + "="));
        assertThat(read(".gitignore").lines()).contains(".env");
    }

    @Test
    void onlyTheApplicationPublishesAPort() {
        assertThat(services.get("axonserver")).doesNotContainKey("ports");
        assertThat(services.get("mongo")).doesNotContainKey("ports");
        assertThat(services.get("app")).containsKey("ports");
    }

    @Test
    void mongoRequiresAuthenticationAndTheApplicationSignsInAsItsOwnUser() {
        Map<String, Object> mongo = services.get("mongo");
        assertThat(environment(mongo)).containsKeys("MONGO_INITDB_ROOT_USERNAME", "MONGO_INITDB_ROOT_PASSWORD");
        assertThat(String.join(" ", strings(mongo.get("entrypoint")))).contains("--keyFile");
        assertThat(environment(services.get("app")).get("MONGODB_URI"))
                .startsWith("mongodb://casework:${MONGO_APP_PASSWORD:?").contains("authSource=admin");
        assertThat(read("src/deploy/mongo/create-app-user.js")).contains("user: 'casework'")
                .contains("role: 'readWrite', db: 'casework'");
    }

    @Test
    void axonServerRequiresATokenAndTheApplicationSendsIt() {
        Map<String, String> axonServer = environment(services.get("axonserver"));
        assertThat(axonServer).containsEntry("AXONIQ_AXONSERVER_ACCESSCONTROL_ENABLED", "true");
        assertThat(axonServer.get("AXONIQ_AXONSERVER_ACCESSCONTROL_TOKEN")).startsWith("${AXONSERVER_TOKEN:?");
        assertThat(environment(services.get("app")).get("AXONSERVER_TOKEN")).startsWith("${AXONSERVER_TOKEN:?");
        assertThat(read("app/src/main/resources/application-production.yml"))
                .contains("token: ${AXONSERVER_TOKEN:}").contains("refuse-insecure-defaults: true");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> services() {
        Map<String, Object> document = new Yaml().load(compose);
        return (Map<String, Map<String, Object>>) document.get("services");
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
