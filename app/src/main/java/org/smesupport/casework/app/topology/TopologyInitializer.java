package org.smesupport.casework.app.topology;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Registers {@link OtherSideExcluded} before the component scan, for every application context the product starts
 * (listed in {@code META-INF/spring.factories}, so tests' contexts get it too). Serving both sides excludes nothing.
 */
public final class TopologyInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ServedSides served = ServedSides.of(context.getEnvironment());
        if (served.sides().size() < Side.values().length) {
            context.getBeanFactory().registerSingleton("otherSideExcluded", new OtherSideExcluded(served));
        }
    }
}
