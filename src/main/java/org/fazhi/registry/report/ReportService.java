package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.extraction.Script;
import org.fazhi.registry.feed.ChangeAction;
import org.fazhi.registry.feed.ChangeLog;
import org.fazhi.registry.feed.ChangeNotifier;
import org.fazhi.registry.feed.EntityType;
import org.fazhi.registry.graphql.Outcome;
import org.fazhi.registry.graphql.UserError;
import org.fazhi.registry.graphql.UserErrorCode;
import org.fazhi.registry.organisation.Organisation;
import org.fazhi.registry.organisation.OrganisationResolver;

/** Stores submitted reports: validates, recognises repeats, supersedes earlier texts. */
@ApplicationScoped
@Transactional
public class ReportService {

    static final String PARSER_VERSION = "none";

    private final OrganisationResolver organisations;
    private final ChangeLog changeLog;

    @Inject
    ChangeNotifier notifier;

    public ReportService(OrganisationResolver organisations, ChangeLog changeLog) {
        this.organisations = organisations;
        this.changeLog = changeLog;
    }

    public Outcome<Report> submit(SubmitReportInput input, String actor) {
        List<UserError> errors = new ArrayList<>();
        ReportTextRules.check(input.text(), "input.text", errors);
        ReportTextRules.checkYear(input.reportYear(), "input.reportYear", errors);
        checkSourceUrl(input.sourceUrl(), errors);
        if (input.reportYear() == null) {
            errors.add(UserError.of("input.reportYear", UserErrorCode.YEAR_REQUIRED, "the report year is required"));
        }
        Optional<Organisation> organisation = input.organisation() == null ? Optional.empty()
                : organisations.resolveForUpdate(input.organisation(), "input.organisation", errors);
        if (input.organisation() == null || (organisation.isEmpty() && errors.isEmpty())) {
            errors.add(UserError.of("input.organisation", UserErrorCode.ORGANISATION_REQUIRED,
                    "name the organisation by ID or credit code"));
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(errors);
        }
        return store(input, organisation.get(), actor);
    }

    private Outcome<Report> store(SubmitReportInput input, Organisation organisation, String actor) {
        String normalised = input.text();
        String hash = sha256(normalised);
        Optional<Report> current = Report.findCurrent(organisation.id, input.reportYear());
        if (current.isPresent() && current.get().contentHash.equals(hash)) {
            return Outcome.changed(current.get());
        }
        current.ifPresent(old -> {
            old.state = ReportState.SUPERSEDED;
            old.flush();
            changeLog.record(EntityType.REPORT, old.id, ChangeAction.SUPERSEDED, actor);
        });
        Report report = new Report();
        report.organisationId = organisation.id;
        report.reportYear = input.reportYear();
        report.sourceUrl = input.sourceUrl();
        report.publishedDate = input.publishedDate();
        report.script = Script.SIMPLIFIED;
        report.originalText = input.text().getBytes(StandardCharsets.UTF_8);
        report.normalisedText = normalised;
        report.contentHash = hash;
        report.state = ReportState.CURRENT;
        report.supersedesId = current.map(r -> r.id).orElse(null);
        report.parserVersion = PARSER_VERSION;
        report.submittedBy = actor;
        report.persistAndFlush();
        changeLog.record(EntityType.REPORT, report.id, ChangeAction.CREATED, actor);
        notifier.reportSubmitted(ReportView.of(report));
        return Outcome.created(report);
    }

    private static void checkSourceUrl(String url, List<UserError> errors) {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url);
            if (uri.getScheme() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        errors.add(UserError.of("input.sourceUrl", UserErrorCode.INVALID_VALUE, "not an http(s) URL: " + url));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
