package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smesupport.casework.app.imports.ImportCommandLine;

/** {@code java -jar app.jar import …} against the running server, its exit status and what it prints. */
class ImportCommandLineEndToEndTest extends EndToEndTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path directory;

    @Test
    void aDryRunThenARealRunStoreTheFileAndPrintTheReport() throws IOException {
        String file = csv("companies.csv", "S-" + UUID.randomUUID(), TestData.corporateNumber());

        assertThat(run("companies", file, "--dry-run", url())).isEqualTo(ImportCommandLine.DONE);
        assertThat(printed()).contains("\"dryRun\" : true", "\"stored\" : 1");

        out.reset();
        assertThat(run("companies", file, url(), "--user=admin")).isEqualTo(ImportCommandLine.DONE);
        assertThat(printed()).contains("\"dryRun\" : false", "\"stored\" : 1", "\"file\" : \"companies.csv\"");
    }

    @Test
    void aFileWithProblemsExitsWithOneAndPrintsThem() throws IOException {
        String file = csv("bad.csv", "S-" + UUID.randomUUID(), "1234567890123");

        assertThat(run("companies", file, url())).isEqualTo(ImportCommandLine.PROBLEMS);
        assertThat(printed()).contains("import.company.corporateNumber.invalid", "\"status\" : 422");
    }

    @Test
    void aWrongCommandLineSignInOrServerExitsWithTwo() throws IOException {
        String file = csv("companies.csv", "S-" + UUID.randomUUID(), TestData.corporateNumber());

        assertThat(run("companies", url())).isEqualTo(ImportCommandLine.FAILED);
        assertThat(run("companies", file, "--force", url())).isEqualTo(ImportCommandLine.FAILED);
        assertThat(run("companies", file, url(), "--user=caseworker")).isEqualTo(ImportCommandLine.FAILED);
        assertThat(run("ships", file, url())).isEqualTo(ImportCommandLine.FAILED);
        assertThat(new ImportCommandLine(new PrintStream(out), new PrintStream(err))
                .run(new String[] {"companies", file, url(), "--user=reporter"}, () -> "wrong")).isEqualTo(ImportCommandLine.FAILED);
        assertThat(run("companies", file, "--url=http://localhost:1")).isEqualTo(ImportCommandLine.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: import <kind> <file>",
                "Cannot sign in as reporter: HTTP 401", "The server answered HTTP 403");
    }

    private int run(String... args) {
        return new ImportCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args, () -> ApiClient.PASSWORD);
    }

    private String url() {
        return "--url=" + rest.getRootUri();
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String csv(String name, String sourceId, String corporateNumber) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, "sourceId,corporateNumber,name,industry,municipality,sizeClass\n"
                + sourceId + "," + corporateNumber + ",株式会社コマンド,RETAIL,横浜市,SMALL\n");
        return file.toString();
    }
}
