package org.smesupport.casework.app.readstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.axonframework.config.ConfigurerModule;
import org.smesupport.casework.app.CaseworkProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: an in-process MongoDB wire-protocol server backed by an H2 file under the
 * data directory, reached through the real MongoDB driver on a loopback port, so projection code
 * is the same code that runs against a real MongoDB in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "casework.mongo.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedMongoConfiguration {

    @Bean
    EmbeddedReadStoreShutdown embeddedReadStoreShutdown(CaseworkProperties properties) {
        return new EmbeddedReadStoreShutdown(readModelDirectory(properties));
    }

    /** Rebuilds the read models at start when the last run did not close the store (after a crash). */
    @Bean
    ConfigurerModule rebuildReadModelsAfterCrash(EmbeddedReadStoreShutdown embeddedReadStoreShutdown,
                                                 ObjectProvider<MongoDatabase> readModelDatabase) {
        return configurer -> configurer.onInitialize(configuration -> RebuildAfterCrash.register(configuration,
                embeddedReadStoreShutdown, readModelDatabase.getObject()));
    }

    /** Closed with shutdownNow, which closes the backend's file store; only then is the marker removed. */
    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(CaseworkProperties properties, EmbeddedReadStoreShutdown embeddedReadStoreShutdown) {
        Path file = readModelDirectory(properties).resolve("readmodels.mv");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the read-model directory " + file.getParent(), e);
        }
        MongoServer server = new MongoServer(new H2Backend(file.toString())) {
            @Override
            public void shutdownNow() {
                super.shutdownNow();
                embeddedReadStoreShutdown.closed();
            }
        };
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        return server;
    }

    private static Path readModelDirectory(CaseworkProperties properties) {
        return properties.dataDir().resolve("readmodels");
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer embeddedMongoServer) {
        return MongoClients.create(embeddedMongoServer.getConnectionString());
    }
}
