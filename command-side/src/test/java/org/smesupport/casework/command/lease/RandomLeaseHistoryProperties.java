package org.smesupport.casework.command.lease;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.config.Configuration;
import org.smesupport.casework.command.lease.RandomLeaseHistory.Step;
import org.smesupport.casework.command.lease.RandomLeaseHistory.Terms;

/**
 * What a property over {@link RandomLeaseHistory random lease histories} needs: one Axon configuration for
 * the container, and the {@code "terms"} and {@code "steps"} it draws from.
 */
public abstract class RandomLeaseHistoryProperties {

    public static Configuration axon;

    @BeforeContainer
    static void startAxon() {
        axon = RandomLeaseHistory.axon();
    }

    @AfterContainer
    static void stopAxon() {
        axon.shutdown();
    }

    @Provide
    Arbitrary<Terms> terms() {
        return RandomLeaseHistory.arbitraryTerms();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return RandomLeaseHistory.arbitrarySteps();
    }
}
