package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.extraction.ChineseScript;
import org.fazhi.registry.extraction.CreditCode;
import org.fazhi.registry.extraction.NameKey;
import org.fazhi.registry.extraction.OrganisationKind;
import org.fazhi.registry.extraction.ReportMetadata;
import org.fazhi.registry.globalid.IdLookup;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.organisation.OrganisationMatcher.NameMatch;
import org.fazhi.registry.outcome.Echo;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;

/**
 * Finds the organisation an input names, or the one a report text names, and locks its row, so that
 * submissions for one organisation are applied one after the other.
 */
@ApplicationScoped
public class OrganisationResolver {

    private final OrganisationService service;
    private final OrganisationMatcher matcher;
    private final OrganisationLocks locks;
    private final OrganisationPlacement placement;

    public OrganisationResolver(OrganisationService service, OrganisationMatcher matcher, OrganisationLocks locks,
            OrganisationPlacement placement) {
        this.service = service;
        this.matcher = matcher;
        this.locks = locks;
        this.placement = placement;
    }

    /** An organisation found for a report, and whether it was created for it. */
    public record Resolved(Organisation organisation, boolean created) {
    }

    /**
     * The organisation a report's metadata names: by its credit code, else the one its name certainly stands for
     * (see {@link OrganisationMatcher}), else a new one registered under that name, unconfirmed when registered
     * bodies may be the same. Writers of one code or name are serialised, so concurrent texts never register it twice.
     * Empty when the text gives neither a name nor a registered credit code.
     */
    public Optional<Resolved> detect(ReportMetadata metadata, String actor) {
        String creditCode = metadata.creditCode() == null ? null : metadata.creditCode().value();
        if (creditCode != null) {
            locks.creditCode(creditCode);
            Optional<Organisation> byCode = Organisation.findByCreditCode(creditCode);
            if (byCode.isPresent()) {
                return Optional.of(new Resolved(lock(byCode.get()), false));
            }
        }
        if (metadata.organisationName() == null) {
            return Optional.empty();
        }
        String name = ChineseScript.toSimplified(metadata.organisationName());
        locks.name(NameKey.of(name));
        NameMatch match = matcher.match(name);
        if (match.certain() != null) {
            return Optional.of(new Resolved(Organisation.findById(match.certain(), LockModeType.PESSIMISTIC_WRITE), false));
        }
        OrganisationKind kind = metadata.organisationKind() == null ? OrganisationKind.OTHER : metadata.organisationKind();
        boolean confirmed = match.candidates().isEmpty() && !NameKey.isPartial(name);
        Organisation created = service.createDetected(
                new DetectedOrganisation(name, kind, creditCode, confirmed, match.candidates()), actor);
        placement.placeDetected(created, metadata);
        return Optional.of(new Resolved(created, true));
    }

    private static Organisation lock(Organisation organisation) {
        return Organisation.findById(organisation.id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The organisation {@code ref} names, or empty with the reason added to {@code errors}. */
    public Optional<Organisation> resolveForUpdate(OrganisationRefInput ref, String field, List<UserError> errors) {
        if (ref.id() != null) {
            return IdLookup.find(ref.id(), NodeType.Organisation, field + ".id",
                    id -> Organisation.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE), errors);
        }
        if (ref.creditCode() != null) {
            Optional<CreditCode> code = CreditCode.parse(ref.creditCode());
            if (code.isEmpty()) {
                errors.add(UserError.of(field + ".creditCode", UserErrorCode.INVALID_CREDIT_CODE,
                        "not a valid unified social credit code (GB 32100-2015): " + Echo.of(ref.creditCode())));
                return Optional.empty();
            }
            return found(Organisation.findByCreditCode(code.get().value()).map(OrganisationResolver::lock),
                    field + ".creditCode", ref.creditCode(), errors);
        }
        return Optional.empty();
    }

    private static Optional<Organisation> found(Optional<Organisation> organisation, String field, String key,
            List<UserError> errors) {
        if (organisation.isEmpty()) {
            errors.add(UserError.of(field, UserErrorCode.NOT_FOUND, "no organisation is registered under " + Echo.of(key)));
        }
        return organisation;
    }
}
