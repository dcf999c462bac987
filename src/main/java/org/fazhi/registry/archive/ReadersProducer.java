package org.fazhi.registry.archive;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.fazhi.registry.document.DocumentReaders;

/** One thread-safe set of document readers for the whole service; the document package itself knows no CDI. */
public class ReadersProducer {

    @Produces
    @Singleton
    DocumentReaders readers() {
        return new DocumentReaders();
    }
}
