package org.smesupport.casework.app.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with insecure security settings when {@code casework.security.refuse-insecure-defaults}
 * is on (the production profile). Runs as a bean-factory post-processor, before any bean is made, so
 * an operator sees every problem at once rather than the first bean that happens to fail.
 */
@Component
@ConditionalOnProperty(name = "casework.security.refuse-insecure-defaults", havingValue = "true")
class InsecureDefaultsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        SecurityProperties properties = Binder.get(environment).bindOrCreate("casework.security", SecurityProperties.class);
        boolean axonServer = environment.getProperty("axon.axonserver.enabled", Boolean.class, true);
        Optional<String> axonServerToken = axonServer
                ? Optional.of(environment.getProperty("axon.axonserver.token", "")) : Optional.empty();
        List<String> problems = new ArrayList<>(InsecureDefaults.find(properties,
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), axonServerToken));
        if (!axonServer) {
            InsecureDefaults.chainKeyProblem(environment.getProperty("casework.audit.chain-key", ""))
                    .ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InsecureDefaultsException(problems);
        }
    }
}
