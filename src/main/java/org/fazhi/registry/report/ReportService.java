package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.extraction.ParsedItem;
import org.fazhi.registry.extraction.ParsedReport;
import org.fazhi.registry.extraction.ReportMetadata;
import org.fazhi.registry.extraction.ReportParser;
import org.fazhi.registry.extraction.StructuredReportComposer;
import org.fazhi.registry.feed.ChangeAction;
import org.fazhi.registry.feed.ChangeLog;
import org.fazhi.registry.feed.EntityType;
import org.fazhi.registry.organisation.Organisation;
import org.fazhi.registry.organisation.OrganisationResolver.Resolved;
import org.fazhi.registry.organisation.OrganisationResolver;
import org.fazhi.registry.outcome.Echo;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;
import org.fazhi.registry.persistence.Sha256;

/**
 * Stores submitted reports: validates, reads the text, recognises repeats, places the text among the stored
 * versions (see {@link ReportVersions}), and writes the extracted structure, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    private final ReportParser parser;
    private final OrganisationResolver organisations;
    private final ExtractionWriter extraction;
    private final ChangeLog changeLog;
    private final Event<ReportStored> stored;
    private final StructuredReportComposer composer = new StructuredReportComposer();

    public ReportService(ReportParser parser, OrganisationResolver organisations, ExtractionWriter extraction,
            ChangeLog changeLog, Event<ReportStored> stored) {
        this.parser = parser;
        this.organisations = organisations;
        this.extraction = extraction;
        this.changeLog = changeLog;
        this.stored = stored;
    }

    public Submission submit(SubmitReportInput input, Actor actor) {
        return submit(input, Map.of(), "input.text", actor);
    }

    /**
     * Stores a report text read from a document, with the metadata fields the document states apart from the
     * text (label → value, as {@link ReportParser#parse(String, Map, java.time.LocalDate)} takes them).
     *
     * @param textField the input field the text came from, named in user errors about it
     */
    public Submission submit(SubmitReportInput input, Map<String, String> fields, String textField, Actor actor) {
        List<UserError> errors = new ArrayList<>();
        ReportTextRules.check(input.text(), textField, errors);
        ReportTextRules.checkYear(input.reportYear(), "input.reportYear", errors);
        checkSourceUrl(input.sourceUrl(), errors);
        Long supersedes = ReportVersions.supersedesId(input.supersedes(), errors);
        Optional<Resolved> given = input.organisation() == null ? Optional.empty()
                : organisations.resolveForUpdate(input.organisation(), "input.organisation", errors)
                        .map(o -> new Resolved(o, false));
        if (!errors.isEmpty()) {
            return Submission.refused(errors);
        }
        ParsedReport parsed = parser.parse(input.text(), fields, input.publishedDate());
        ReportSizeRules.check(parsed, textField, errors);
        Integer year = input.reportYear() != null ? input.reportYear() : parsed.metadata().reportYear();
        if (year == null) {
            errors.add(UserError.of("input.reportYear", UserErrorCode.YEAR_REQUIRED,
                    "the text does not say which year it covers: give reportYear"));
        }
        ReportTextRules.checkYear(year, "input.reportYear", errors);
        if (given.isEmpty() && parsed.metadata().organisationName() == null && parsed.metadata().creditCode() == null) {
            errors.add(UserError.of("input.organisation", UserErrorCode.ORGANISATION_REQUIRED,
                    "the text does not name its organisation: give it by ID or credit code"));
        }
        if (!errors.isEmpty()) {
            return Submission.refused(errors);
        }
        Optional<Resolved> organisation = given.or(() -> organisations.detect(parsed.metadata(), actor.subject()));
        if (organisation.isEmpty()) {
            return Submission.refused(List.of(UserError.of("input.organisation", UserErrorCode.ORGANISATION_REQUIRED,
                    "the text names no organisation, and no registered organisation holds the credit code "
                            + parsed.metadata().creditCode().value() + " of its index number: give the organisation "
                            + "by ID, or register the code with upsertOrganisation first")));
        }
        return store(new Source(input.text(), input.sourceUrl(), supersedes), year, parsed, organisation.get(), actor);
    }

    /** Stores a report an integrator holds in structure: validated, composed, no text parsing. */
    public Submission submitStructured(SubmitStructuredReportInput input, Actor actor) {
        List<UserError> errors = new ArrayList<>();
        StructuredReportInputs.check(input, errors);
        checkSourceUrl(input.sourceUrl(), errors);
        Long supersedes = ReportVersions.supersedesId(input.supersedes(), errors);
        Optional<Organisation> organisation = input.organisation() == null ? Optional.empty()
                : organisations.resolveForUpdate(input.organisation(), "input.organisation", errors);
        if (input.organisation() != null && organisation.isEmpty() && errors.isEmpty()) {
            errors.add(UserError.of("input.organisation", UserErrorCode.ORGANISATION_REQUIRED,
                    "name the organisation by ID or credit code"));
        }
        if (!errors.isEmpty()) {
            return Submission.refused(errors);
        }
        ParsedReport composed = composer.compose(StructuredReportInputs.toStructure(input));
        if (ReportTextRules.storable(composed.normalisedText(), "input.sections", errors)) {
            ReportSizeRules.check(composed, "input.sections", errors);
        }
        if (!errors.isEmpty()) {
            return Submission.refused(errors);
        }
        return store(new Source(composed.normalisedText(), input.sourceUrl(), supersedes),
                input.reportYear(), composed, new Resolved(organisation.get(), false), actor);
    }

    /**
     * What the submitter gave besides what was read: the text as received, where it was published, and the
     * report it replaces (null when the submitter did not say).
     */
    private record Source(String originalText, String sourceUrl, Long supersedes) {
    }

    private Submission store(Source source, int year, ParsedReport parsed, Resolved organisation, Actor actor) {
        Organisation body = organisation.organisation();
        actor.scope().require(body.divisionCode, body.name);
        String hash = Sha256.of(parsed.normalisedText());
        Optional<Report> current = Report.findCurrent(body.id, year);
        Optional<Report> same = ReportVersions.withText(body.id, year, hash);
        if (same.isPresent()) {
            return new Submission(same.get(), false, false, current.orElse(null), List.of());
        }
        Optional<UserError> stale = source.supersedes() == null ? Optional.empty()
                : ReportVersions.stale(source.supersedes(), body.id, year, current);
        if (stale.isPresent()) {
            return Submission.refused(List.of(stale.get()), current.orElse(null));
        }
        // A late retry of an older text, after a correction, must not displace the correction.
        boolean older = source.supersedes() == null && current.isPresent()
                && ReportVersions.olderThan(parsed.metadata(), current.get());
        if (!older) {
            current.ifPresent(old -> supersede(old, actor.subject()));
        }
        Report report = newReport(source, year, parsed, body.id, hash, actor.subject());
        report.state = older ? ReportState.SUPERSEDED : ReportState.CURRENT;
        report.supersedesId = older ? null : current.map(r -> r.id).orElse(null);
        report.persistAndFlush();
        Map<ParsedItem, Long> itemIds = extraction.write(report, parsed);
        changeLog.record(EntityType.REPORT, report.id, ChangeAction.CREATED, actor.subject());
        stored.fire(new ReportStored(report, parsed, itemIds, actor.subject()));
        return new Submission(report, true, organisation.created(), older ? current.get() : report, List.of());
    }

    private void supersede(Report old, String actor) {
        old.state = ReportState.SUPERSEDED;
        old.flush();
        changeLog.record(EntityType.REPORT, old.id, ChangeAction.SUPERSEDED, actor);
    }

    private static Report newReport(Source source, int year, ParsedReport parsed, long organisationId,
            String hash, String actor) {
        ReportMetadata metadata = parsed.metadata();
        Report report = new Report();
        report.organisationId = organisationId;
        report.reportYear = year;
        report.title = metadata.title();
        report.documentNumber = metadata.documentNumber();
        report.indexNumber = metadata.indexNumber();
        report.signer = metadata.signer();
        report.recipient = metadata.recipient();
        report.issuedDate = metadata.issuedDate();
        report.publishedDate = metadata.publishedDate();
        report.sourceUrl = source.sourceUrl();
        report.script = parsed.script();
        report.originalText = source.originalText().getBytes(StandardCharsets.UTF_8);
        report.normalisedText = parsed.normalisedText();
        report.contentHash = hash;
        report.parserVersion = ReportParser.VERSION;
        report.warnings = new ArrayList<>(parsed.warnings());
        report.submittedBy = actor;
        report.organisationEvidence = metadata.issuer() == null ? null : metadata.issuer().evidence();
        return report;
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
        errors.add(UserError.of("input.sourceUrl", UserErrorCode.INVALID_VALUE, "not an http(s) URL: " + Echo.of(url)));
    }
}
