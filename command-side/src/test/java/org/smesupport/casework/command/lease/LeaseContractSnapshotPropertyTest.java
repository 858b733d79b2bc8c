package org.smesupport.casework.command.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.smesupport.casework.command.common.Decisions;
import org.smesupport.casework.command.lease.RandomLeaseHistory.Step;
import org.smesupport.casework.command.lease.RandomLeaseHistory.Terms;

/**
 * Snapshots: at every point of a random history ({@link RandomLeaseHistory}), a contract written as Axon's
 * snapshotter writes it and read back ({@link LeaseContractSnapshot}) decides the next command exactly as the
 * contract replayed from its events does: the same events, or the same refusal in the same words. Both are asked
 * before the command is sent for real, so refused and accepted commands are both compared.
 */
class LeaseContractSnapshotPropertyTest extends RandomLeaseHistoryProperties {

    @Property(tries = 200)
    void aContractReadFromItsSnapshotDecidesAsTheReplayedContract(@ForAll("terms") Terms terms,
                                                                   @ForAll("steps") List<Step> steps) {
        Decisions decisions = new Decisions(axon);
        RandomLeaseHistory history = new RandomLeaseHistory(axon, terms);
        history.run(steps, command -> {
            long version = history.eventMessages().size() - 1;
            LeaseContract replayed = history.read(contract -> contract);
            LeaseContract restored = Decisions.throughSnapshot(history.read(contract -> contract));
            assertThat(restored).usingRecursiveComparison().isEqualTo(replayed);
            Decisions.Decision expected = decisions.decide(LeaseContract.class, replayed, version, command);
            assertThat(decisions.decide(LeaseContract.class, restored, version, command)).isEqualTo(expected);
            Statistics.label("decisions").collect(expected.refusal() == null ? "accepted" : "refused");
        }, () -> { });
    }
}
