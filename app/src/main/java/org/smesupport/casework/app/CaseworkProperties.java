package org.smesupport.casework.app;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The product's own settings ({@code casework.*}).
 *
 * @param dataDir  where the embedded default keeps its files (event store and read models)
 * @param zone     the centre's time zone, which decides what "today" is as a business date
 * @param mongo    where the read models live
 */
@ConfigurationProperties("casework")
public record CaseworkProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("Asia/Tokyo") ZoneId zone,
        @DefaultValue Mongo mongo) {

    /**
     * @param embedded true: start the in-process MongoDB wire-protocol server on a file under dataDir;
     *                 false: connect to {@code spring.data.mongodb.uri}
     * @param database the read-model database name
     */
    public record Mongo(@DefaultValue("true") boolean embedded, @DefaultValue("casework") String database) {
    }
}
