package org.smesupport.casework.app;

import java.util.Arrays;
import org.smesupport.casework.app.imports.ImportCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the whole product: command side, projections and query side in one process; or, given {@code import}
 * first, sends a file to a running server's import instead ({@link ImportCommandLine}).
 */
@SpringBootApplication(scanBasePackages = "org.smesupport.casework")
@ConfigurationPropertiesScan("org.smesupport.casework")
@EnableScheduling
public class CaseworkApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            ImportCommandLine.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(CaseworkApplication.class, args);
    }
}
