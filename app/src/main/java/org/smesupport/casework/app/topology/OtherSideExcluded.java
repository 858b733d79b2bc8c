package org.smesupport.casework.app.topology;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Leaves out of the component scan the background work of the side this instance does not serve, so that its
 * event processors are never created here (they claim no token and build or send nothing) and its scheduled tasks
 * never run here. Spring Boot's scan consults every {@link TypeExcludeFilter} registered before it runs
 * ({@link TopologyInitializer}).
 */
final class OtherSideExcluded extends TypeExcludeFilter {

    private final ServedSides served;

    OtherSideExcluded(ServedSides served) {
        this.served = served;
    }

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        return SideOfComponent.ofBackgroundWork(reader.getAnnotationMetadata())
                .filter(side -> !served.serves(side))
                .isPresent();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OtherSideExcluded that && that.served.equals(served);
    }

    @Override
    public int hashCode() {
        return served.hashCode();
    }
}
