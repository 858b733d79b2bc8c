package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The production profile with what docker-compose.yml used to fall back to (a published token
 * secret, users with the demo password, no Axon Server token) does not start, and says why, before it
 * connects to anything.
 */
class ProductionRefusesInsecureDefaultsTest {

    private static final String DEMO_PASSWORD_HASH = "{bcrypt}$2a$10$Y82gHNC680pcqLIOrXCdkuNEE81w5xMmObaFQD3Kdf5yDi2rmbI8.";

    @Test
    void publishedSecretDemoPasswordsAndNoAxonServerTokenStopTheStart() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(CaseworkApplication.class)
                .profiles("production");

        // as the operator would set them: above the profile's own settings
        assertThatThrownBy(() -> application.run("--casework.security.issuer.secret=change-me-to-a-long-random-secret-of-32-bytes",
                        "--casework.security.users[0].username=admin",
                        "--casework.security.users[0].password=" + DEMO_PASSWORD_HASH,
                        "--casework.security.users[0].roles[0]=ADMIN", "--server.port=0"))
                .hasMessageContaining("Refusing to start with insecure security settings")
                .hasMessageContaining("token secret (CASEWORK_TOKEN_SECRET, casework.security.issuer.secret) is a "
                        + "value published")
                .hasMessageContaining("The password of user 'admin' is a published default")
                .hasMessageContaining("The Axon Server token (AXONSERVER_TOKEN, axon.axonserver.token) is not set");
    }

    @Test
    void noSecretAtAllStopsTheStart() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(CaseworkApplication.class)
                .profiles("production");

        assertThatThrownBy(() -> application.run("--axon.axonserver.token=some-token", "--server.port=0"))
                .hasMessageContaining("(CASEWORK_TOKEN_SECRET, casework.security.issuer.secret) is not set")
                .hasMessageContaining("no users are configured");
    }
}
