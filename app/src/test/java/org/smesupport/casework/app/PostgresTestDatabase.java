package org.smesupport.casework.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for a test of the {@code postgres} profile, on the server {@code .ci/run}
 * installs and starts ({@code .ci/postgres}: role casework/casework on 127.0.0.1:5432; other servers with
 * {@code -Dcasework.test.postgres.url=…}, {@code .user}, {@code .password}). Without a reachable server
 * the test is skipped with the reason, unless {@code CASEWORK_REQUIRE_POSTGRES=true} (CI), where it fails.
 */
public final class PostgresTestDatabase {

    public static final String USER = System.getProperty("casework.test.postgres.user", "casework");
    public static final String PASSWORD = System.getProperty("casework.test.postgres.password", "casework");
    private static final String SERVER = System.getProperty("casework.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");

    private PostgresTestDatabase() {
    }

    /** Drops the database {@code name} if a previous run left it, creates it empty, and returns its JDBC URL. */
    public static String create(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String reason = "no PostgreSQL server reachable at " + SERVER + " as " + USER + " (" + e.getMessage()
                    + "); .ci/postgres installs and starts one";
            if (Boolean.parseBoolean(System.getenv("CASEWORK_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(reason, e);
            }
            Assumptions.abort(reason);
        }
        return SERVER + name;
    }

    /** The command-line arguments that start the application with its event store in the database at {@code url}. */
    public static List<String> applicationArguments(String url) {
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD);
    }
}
