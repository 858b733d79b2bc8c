package org.smesupport.casework.app.crash;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application ({@code app/target/app-*.jar}) running as a separate operating-system
 * process on the embedded default, so that it can be killed the way a crash kills it.
 */
final class AppProcess {

    /** Fixed so that tokens issued before a kill still verify after the restart. */
    private static final String TOKEN_SECRET = "crash-test-secret-0123456789-abcdefghijklmnop";

    private final Process process;
    private final Api api;
    private final Path log;

    private AppProcess(Process process, Api api, Path log) {
        this.process = process;
        this.api = api;
        this.log = log;
    }

    static AppProcess start(Path jar, Path dataDir, int round, List<String> settings) throws IOException {
        int port = freePort();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-run" + round + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--casework.data-dir=" + dataDir,
                "--casework.security.issuer.secret=" + TOKEN_SECRET,
                "--logging.level.root=WARN"));
        if (settings.stream().noneMatch(setting -> setting.startsWith("--casework.lease.close-of-business.enabled="))) {
            command.add("--casework.lease.close-of-business.enabled=false");
        }
        command.addAll(settings);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        AppProcess app = new AppProcess(process, new Api("http://127.0.0.1:" + port), log);
        app.awaitHealthy();
        return app;
    }

    Api api() {
        return api;
    }

    /** The operating system's process id, which Axon's token claims name their owner by ({@code pid@host}). */
    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the orderly shutdown an operator does. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitHealthy() {
        try {
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("the application exited while starting:\n" + logTail());
                        }
                        return api.isHealthy();
                    });
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
