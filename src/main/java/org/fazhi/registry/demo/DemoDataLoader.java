package org.fazhi.registry.demo;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.extraction.OrganisationKind;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.organisation.OrganisationMatcher;
import org.fazhi.registry.organisation.OrganisationRefInput;
import org.fazhi.registry.organisation.OrganisationService;
import org.fazhi.registry.organisation.UpsertOrganisationInput;
import org.fazhi.registry.report.ReportService;
import org.fazhi.registry.report.Submission;
import org.fazhi.registry.report.SubmitReportInput;

/**
 * Loads the report texts of a directory at start-up through the same path as {@code submitReport},
 * leaving organisation and year to detection, then who must report on them ({@link DemoSupervision}).
 * Only the demo sets the directory; a text already stored is recognised, so restarts add nothing.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final Actor ACTOR = Actor.system("demo-loader");

    @ConfigProperty(name = "registry.demo.seeds")
    Optional<Path> seeds;

    /** Names the organisation of texts that do not name it themselves: {@code file=name|KIND}. */
    static final String ORGANISATIONS_FILE = "organisations.properties";

    private final ReportService reports;
    private final OrganisationService organisations;
    private final OrganisationMatcher matcher;
    private final DemoSupervision supervision;

    public DemoDataLoader(ReportService reports, OrganisationService organisations, OrganisationMatcher matcher,
            DemoSupervision supervision) {
        this.reports = reports;
        this.organisations = organisations;
        this.matcher = matcher;
        this.supervision = supervision;
    }

    void onStart(@Observes StartupEvent event) {
        seeds.ifPresent(this::load);
    }

    /** Submits every {@code *.txt} file of {@code directory} in name order; returns how many reports it created. */
    public int load(Path directory) {
        int created = 0;
        Properties named = properties(directory.resolve(ORGANISATIONS_FILE));
        for (Path file : texts(directory)) {
            OrganisationRefInput organisation = Optional.ofNullable(named.getProperty(file.getFileName().toString()))
                    .map(this::organisation).orElse(null);
            Submission submission = reports.submit(
                    new SubmitReportInput(organisation, null, read(file), null, null, null, null), ACTOR);
            if (!submission.userErrors().isEmpty()) {
                Log.warnf("demo report %s was refused: %s", file.getFileName(), submission.userErrors());
            } else if (submission.created()) {
                created++;
            }
        }
        Log.infof("demo data: %d new report(s) from %s", created, directory);
        supervision.load(directory);
        return created;
    }

    /** The organisation {@code name|KIND} names, registered when it is not yet. */
    private OrganisationRefInput organisation(String nameAndKind) {
        String[] parts = nameAndKind.split("\\|");
        // The name index reads entities: outside a request, it needs a transaction of its own.
        Long known = QuarkusTransaction.joiningExisting().call(() -> matcher.match(parts[0]).certain());
        long id = known != null ? known : organisations.upsert(new UpsertOrganisationInput(null, null, parts[0],
                OrganisationKind.valueOf(parts[1]), null, null, null, null, null, null), ACTOR).value().id;
        return new OrganisationRefInput(GlobalId.encode(NodeType.Organisation, id), null);
    }

    /** The properties of {@code file}, read as UTF-8; none when it does not exist. */
    static Properties properties(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return properties;
    }

    private static List<Path> texts(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo reports in " + directory, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo report " + file, e);
        }
    }
}
