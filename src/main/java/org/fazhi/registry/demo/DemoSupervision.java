package org.fazhi.registry.demo;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.organisation.Organisation;
import org.fazhi.registry.organisation.OrganisationRefInput;
import org.fazhi.registry.supervision.DeadlineService;
import org.fazhi.registry.supervision.DeriveReportingObligationsInput;
import org.fazhi.registry.supervision.ObligationService;
import org.fazhi.registry.supervision.SetReportingDeadlineInput;
import org.fazhi.registry.supervision.SetReportingObligationsInput;

/**
 * Who must report in the demo, and by when, from {@code supervision.properties} beside the sample reports,
 * through the services of {@code setReportingDeadline}, {@code deriveReportingObligations} and
 * {@code setReportingObligations}; each of them leaves things as they are when run again.
 *
 * <pre>
 * deadline.N = division code (empty: the whole country) | year (empty: every year) | month | day | basis
 * derive.YEAR = division codes whose governments and their registered departments must report
 * list.YEAR = bodies, by their registered names, that an integrator names for the year
 * </pre>
 */
@ApplicationScoped
public class DemoSupervision {

    static final String FILE = "supervision.properties";

    private final ObligationService obligations;
    private final DeadlineService deadlines;

    public DemoSupervision(ObligationService obligations, DeadlineService deadlines) {
        this.obligations = obligations;
        this.deadlines = deadlines;
    }

    @Transactional
    public void load(Path directory) {
        Properties file = DemoDataLoader.properties(directory.resolve(FILE));
        for (String key : file.stringPropertyNames().stream().sorted().toList()) {
            String[] name = key.split("\\.", 2);
            String value = file.getProperty(key);
            switch (name[0]) {
                case "deadline" -> deadline(value.split("\\|", -1));
                case "derive" -> Arrays.stream(value.split(",")).forEach(code -> obligations.derive(
                        new DeriveReportingObligationsInput(Integer.parseInt(name[1]), code.strip(), null), DemoDataLoader.ACTOR));
                case "list" -> obligations.setList(new SetReportingObligationsInput(Integer.parseInt(name[1]),
                        Arrays.stream(value.split(",")).map(String::strip).map(DemoSupervision::reference).toList(), null,
                        null), DemoDataLoader.ACTOR);
                default -> Log.warnf("%s: unknown key %s", FILE, key);
            }
        }
    }

    private void deadline(String[] rule) {
        deadlines.set(new SetReportingDeadlineInput(rule[0].isEmpty() ? null : rule[0],
                rule[1].isEmpty() ? null : Integer.valueOf(rule[1]), Integer.parseInt(rule[2]), Integer.parseInt(rule[3]), rule[4],
                null), DemoDataLoader.ACTOR);
    }

    private static OrganisationRefInput reference(String name) {
        List<Organisation> named = Organisation.findByAnyName(Set.of(name));
        if (named.isEmpty()) {
            throw new IllegalStateException(FILE + " names " + name + ", which no demo report registered");
        }
        return new OrganisationRefInput(GlobalId.encode(NodeType.Organisation, named.get(0).id), null);
    }
}
