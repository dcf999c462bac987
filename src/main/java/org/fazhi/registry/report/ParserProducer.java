package org.fazhi.registry.report;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import org.fazhi.registry.extraction.ReportParser;

/** One thread-safe parser for the whole service; the extraction package itself knows no CDI. */
public class ParserProducer {

    @Produces
    @Singleton
    ReportParser parser() {
        return new ReportParser();
    }
}
