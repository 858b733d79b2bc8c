package org.smesupport.casework.command.common;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots of the long-lived aggregates: a lease contract collects an event per payment for up to twenty years, a
 * restructuring case one per creditor and answer. Axon takes a snapshot once that many events were applied since the
 * aggregate was loaded (or since its last snapshot); loading then reads the snapshot and only the events after it.
 * The thresholds (application.yml) come from {@code SnapshotBenchmark} (README, Performance: "Snapshots"). The
 * aggregate cache keeps busy aggregates in memory; snapshots serve the first command after a restart or an eviction.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotConfiguration {

    @Bean
    SnapshotTriggerDefinition leaseContractSnapshots(Snapshotter snapshotter,
                                                     @Value("${casework.snapshots.lease-contract}") int events) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, events);
    }

    @Bean
    SnapshotTriggerDefinition restructuringCaseSnapshots(
            Snapshotter snapshotter, @Value("${casework.snapshots.restructuring-case}") int events) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, events);
    }
}
