package org.smesupport.casework.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.app.CaseworkApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a snapshot saves and costs, to choose the snapshot threshold ({@code casework.snapshots.*}): lease contracts
 * with 25 to 800 events on the embedded default with automatic snapshots off, then for each length the first command
 * on a contract not in the aggregate cache (as after a restart) replaying the whole stream, the snapshot taken by
 * Axon's snapshotter (read, serialise, store), and the first command again, now from the snapshot. Run with
 * {@code ./mvnw -B -ntp -pl app verify -Pbench -Dtest=SnapshotBenchmark}; lines start with "BENCH".
 */
@Tag("benchmark")
class SnapshotBenchmark {

    private static final int[] LENGTHS = {25, 50, 100, 200, 400, 800};
    private static final int CONTRACTS = Integer.getInteger("bench.snapshotContracts", 10);
    private static final LocalDate CONTRACT_DATE = LocalDate.of(2005, 4, 1);

    @Test
    void measure() throws Exception {
        Path dataDir = Files.createTempDirectory("casework-snapshot-bench-");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CaseworkApplication.class).run(
                "--server.port=0", "--casework.data-dir=" + dataDir, "--casework.snapshots.lease-contract=2000000000",
                "--casework.lease.close-of-business.enabled=false",
                "--logging.level.org.axonframework=WARN", "--logging.level.root=WARN")) {
            CommandGateway gateway = app.getBean(CommandGateway.class);
            Cache cache = app.getBean("aggregateCache", Cache.class);
            Snapshotter snapshotter = app.getBean(Snapshotter.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Class<?> leaseContract = Class.forName("org.smesupport.casework.command.lease.LeaseContract");
            CompanyId company = CompanyId.of("snapshot-bench-company");
            String base = "%012d".formatted(300_000_000L);
            gateway.sendAndWait(new RegisterCompanyCommand(company, CorporateNumber.of(CorporateNumber.checkDigit(base)
                    + base), "株式会社スナップ", Industry.MANUFACTURING, "横浜市", SizeClass.SMALL, null));
            System.out.println("BENCH | " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", embedded default, " + CONTRACTS + " contracts per length |");
            // the first round warms the JIT up and is not printed
            measure(gateway, cache, snapshotter, jdbc, leaseContract, company, 100, "warm-up");
            for (int length : LENGTHS) {
                measure(gateway, cache, snapshotter, jdbc, leaseContract, company, length, "lease contract of " + length
                        + " events");
            }
        }
    }

    private static void measure(CommandGateway gateway, Cache cache, Snapshotter snapshotter, JdbcTemplate jdbc,
                                Class<?> leaseContract, CompanyId company, int length, String name) {
        List<LeaseContractId> contracts = new ArrayList<>();
        for (int c = 0; c < CONTRACTS; c++) {
            LeaseContractId id = LeaseContractId.of("snapshot-bench-" + name.replace(' ', '-') + "-" + c);
            gateway.sendAndWait(new OpenLeaseContractCommand(id, company, ContractKind.LEASE, "bench",
                    Yen.of(240_000_000), Yen.ZERO, 240, PaymentFrequency.MONTHLY, 200, 0, CONTRACT_DATE,
                    CONTRACT_DATE.plusMonths(1)));
            for (int p = 1; p < length; p++) {
                pay(gateway, id, "p" + p);
            }
            contracts.add(id);
        }
        cache.removeAll();
        List<Long> replayed = timed(contracts, id -> pay(gateway, id, "replayed"));
        List<Long> snapshots = timed(contracts, id -> snapshotter.scheduleSnapshot(leaseContract, id.value()));
        cache.removeAll();
        List<Long> fromSnapshot = timed(contracts, id -> pay(gateway, id, "from-snapshot"));
        Long bytes = jdbc.queryForObject("SELECT MAX(LENGTH(payload)) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?",
                Long.class, contracts.get(0).value());
        if (!name.equals("warm-up")) {
            System.out.println("BENCH | " + name + ": first command not cached, replayed / snapshot taken / first "
                    + "command from the snapshot | p50 " + millis(replayed, 50) + " / " + millis(snapshots, 50) + " / "
                    + millis(fromSnapshot, 50) + " ms, p95 " + millis(replayed, 95) + " / " + millis(snapshots, 95)
                    + " / " + millis(fromSnapshot, 95) + " ms; snapshot " + bytes / 1024 + " KiB (240 instalments) |");
        }
    }

    private static void pay(CommandGateway gateway, LeaseContractId id, String paymentId) {
        gateway.sendAndWait(new RecordLeasePaymentCommand(id, paymentId, CONTRACT_DATE.plusMonths(1), Yen.of(1), null));
    }

    private static List<Long> timed(List<LeaseContractId> contracts, Consumer<LeaseContractId> work) {
        List<Long> nanos = new ArrayList<>();
        for (LeaseContractId id : contracts) {
            long started = System.nanoTime();
            work.accept(id);
            nanos.add(System.nanoTime() - started);
        }
        nanos.sort(Long::compare);
        assertThat(nanos).hasSize(contracts.size());
        return nanos;
    }

    private static String millis(List<Long> sorted, int percentile) {
        long nanos = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
        long tenths = (nanos + 50_000) / 100_000;
        return tenths / 10 + "." + tenths % 10;
    }
}
