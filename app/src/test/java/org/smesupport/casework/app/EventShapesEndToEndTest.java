package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/**
 * Pins the stored shape of every event: a sample of each, serialised as the application stores it, must equal
 * {@code src/test/resources/events/golden/<Event>.json}. A difference means the event changed shape: give it
 * the next revision and an upcaster (src/docs/conventions.md), then rewrite its file with
 * {@code -Dgolden.write=true}. Each golden file, stored with no revision as before revisions were declared,
 * also reads back through the upcaster chain as the sample.
 */
class EventShapesEndToEndTest extends EndToEndTest {

    private static final String CONTRACT = "org.smesupport.casework.api";
    private static final Path GOLDEN = Path.of("src/test/resources/events/golden");
    private static final boolean WRITE = Boolean.getBoolean("golden.write");

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;
    @Autowired
    Configuration axon;
    @Autowired
    ObjectMapper json;

    @Test
    void everyEventDeclaresItsRevision() {
        assertThat(eventTypes()).hasSizeGreaterThan(60)
                .allSatisfy(type -> assertThat(type.getAnnotation(Revision.class)).as(type.getName()).isNotNull());
    }

    @Test
    void everyEventIsStoredInTheShapeOfItsGoldenFile() throws IOException {
        for (Class<?> type : eventTypes()) {
            Object sample = EventSamples.of(type);
            SerializedObject<byte[]> stored = serializer.serialize(sample, byte[].class);
            Path golden = GOLDEN.resolve(type.getSimpleName() + ".json");
            if (WRITE) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, json.writerWithDefaultPrettyPrinter().writeValueAsString(
                        json.readTree(stored.getData())) + "\n");
            }
            if (!Files.exists(golden)) {
                fail("no golden file " + golden + " for " + type.getName() + ": run this test with -Dgolden.write=true"
                        + " to write it, check it and commit it");
            }
            assertThat(json.readTree(stored.getData())).as(type.getName() + " against " + golden)
                    .isEqualTo(json.readTree(golden.toFile()));
            assertThat(new StoredEvents(serializer, axon).read(type.getName(), null, Files.readAllBytes(golden)))
                    .as(type.getName() + " stored with no revision").isEqualTo(sample);
        }
    }

    /** The contract's events: its records named …Event, but for the audit trail's view of a stored one. */
    private static List<Class<?>> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Event")));
        scanner.addExcludeFilter(new RegexPatternTypeFilter(Pattern.compile(Pattern.quote(CONTRACT) + "\\.audit\\..*")));
        return scanner.findCandidateComponents(CONTRACT).stream()
                .map(BeanDefinition::getBeanClassName)
                .sorted()
                .<Class<?>>map(EventShapesEndToEndTest::load)
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
