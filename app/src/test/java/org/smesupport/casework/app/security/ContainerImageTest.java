package org.smesupport.casework.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The images, read as data because this machine has no container engine: every base and service image is pinned to
 * a full version (a rebuild months later gets the same software), the application's image runs the jar's layers in
 * the order least likely to change first, and reports itself healthy only when ready. That the extracted layers start
 * and the health check's command answers was tried by hand on this machine, without a container engine.
 */
class ContainerImageTest {

    private static final Path ROOT = Path.of("..");
    /**
     * A tag with at least major.minor.patch (17.0.15_6-jre, 3.9.9-eclipse-temurin-17, 7.0.14, 2024.2.3), or
     * major.minor where that is the whole version (PostgreSQL's 15.10).
     */
    private static final Pattern PINNED = Pattern.compile(":\\d+\\.\\d+\\.\\d+[\\w.-]*|^postgres:\\d+\\.\\d+$");

    @Test
    void everyImageIsPinnedToAFullVersion() {
        List<String> images = Stream.of("Dockerfile", "docker-compose.yml", "docker-compose.postgres.yml",
                        "src/deploy/compose/mongo.yml", "src/deploy/compose/gateway.yml")
                .flatMap(file -> matches(read(file), file.equals("Dockerfile") ? "(?m)^FROM\\s+(\\S+)"
                        : "(?m)^\\s+image:\\s*(\\S+)"))
                // the application's own image, built from the Dockerfile
                .filter(image -> !image.startsWith("casework-app:"))
                .toList();

        assertThat(images).hasSizeGreaterThanOrEqualTo(6);
        assertThat(images).allSatisfy(image -> assertThat(PINNED.matcher(image).find()).as(image).isTrue());
    }

    @Test
    void theApplicationImageRunsTheLayersAndIsHealthyWhenReady() {
        String dockerfile = read("Dockerfile");

        assertThat(dockerfile).contains("-Djarmode=tools", "extract --layers --launcher");
        assertThat(matches(dockerfile, "(?m)^COPY --from=build /src/layers/(\\S+)/").toList())
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(dockerfile).contains("org.springframework.boot.loader.launch.JarLauncher");
        assertThat(matches(dockerfile, "(?m)^HEALTHCHECK .*").toList()).singleElement().asString()
                .contains("/actuator/health/readiness", " 200 ");
    }

    private static Stream<String> matches(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        Stream.Builder<String> found = Stream.builder();
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        return found.build();
    }

    private static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
