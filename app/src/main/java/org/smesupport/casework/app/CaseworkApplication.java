package org.smesupport.casework.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts the whole product: command side, projections and query side in one process. */
@SpringBootApplication(scanBasePackages = "org.smesupport.casework")
@ConfigurationPropertiesScan("org.smesupport.casework")
@EnableScheduling
public class CaseworkApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseworkApplication.class, args);
    }
}
