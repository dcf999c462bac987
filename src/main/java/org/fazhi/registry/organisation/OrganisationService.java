package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.division.DivisionDirectory;
import org.fazhi.registry.division.DivisionRecord;
import org.fazhi.registry.extraction.ChineseScript;
import org.fazhi.registry.extraction.CreditCode;
import org.fazhi.registry.extraction.OrganisationKind;
import org.fazhi.registry.feed.ChangeAction;
import org.fazhi.registry.feed.ChangeLog;
import org.fazhi.registry.feed.EntityType;
import org.fazhi.registry.globalid.IdLookup;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.outcome.Echo;
import org.fazhi.registry.outcome.Outcome;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;

/** Creates and updates organisations; every input is validated in full before anything is written. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    private final ChangeLog changeLog;
    private final OrganisationNameIndex nameIndex;
    private final DivisionDirectory divisions;
    private final OrganisationPlacement placement;
    private final OrganisationLocks locks;

    public OrganisationService(ChangeLog changeLog, OrganisationNameIndex nameIndex, DivisionDirectory divisions,
            OrganisationPlacement placement, OrganisationLocks locks) {
        this.changeLog = changeLog;
        this.nameIndex = nameIndex;
        this.divisions = divisions;
        this.placement = placement;
        this.locks = locks;
    }

    /**
     * Creates the organisation or updates the one found. Upserts of one credit code or identifier run one after the
     * other, and the row found is locked: concurrent upserts of one body never conflict, each updates the stored row.
     * An update that changes no field writes nothing (no row, no change event).
     */
    public Outcome<Organisation> upsert(UpsertOrganisationInput input, Actor actor) {
        List<UserError> errors = new ArrayList<>();
        String creditCode = normaliseCreditCode(input.creditCode(), errors);
        lockKeys(creditCode, input.identifiers());
        Optional<Organisation> existing = findTarget(input, creditCode, errors);
        Long parentId = resolveParent(input.parentId(), existing.orElse(null), errors);
        Optional<DivisionRecord> division = divisions.check(input.divisionCode(), "input.divisionCode", errors);
        if (existing.isEmpty()) {
            requireForCreation(input, errors);
        } else if (input.name() != null && input.name().isBlank()) {
            errors.add(UserError.of("input.name", UserErrorCode.REQUIRED, "name must not be blank"));
        }
        checkUniqueKeys(input, creditCode, existing.orElse(null), errors);
        if (!errors.isEmpty()) {
            return Outcome.refused(errors);
        }
        existing.ifPresent(o -> actor.scope().require(o.divisionCode, o.name));
        Organisation organisation = existing.orElseGet(Organisation::new);
        Set<List<String>> storedIdentifiers = existing.map(OrganisationIdentifiers::of).orElse(Set.of());
        OrganisationFields before = existing.map(o -> OrganisationFields.of(o, storedIdentifiers)).orElse(null);
        apply(input, creditCode, parentId, organisation);
        if (existing.isEmpty()) {
            organisation.persistAndFlush();
        }
        place(organisation, division, input.divisionName(), before);
        actor.scope().require(organisation.divisionCode, organisation.name);
        Set<List<String>> identifiers = input.identifiers() == null ? storedIdentifiers : OrganisationIdentifiers.of(input.identifiers());
        OrganisationFields after = OrganisationFields.of(organisation, identifiers);
        if (after.equals(before)) {
            return Outcome.unchanged(organisation);
        }
        if (!identifiers.equals(storedIdentifiers)) {
            OrganisationIdentifiers.replace(organisation, input.identifiers());
        }
        organisation.flush();
        if (before == null || !before.namedAlike(after)) {
            nameIndex.refresh(organisation);
        }
        changeLog.record(EntityType.ORGANISATION, organisation.id,
                existing.isEmpty() ? ChangeAction.CREATED : ChangeAction.UPDATED, actor.subject());
        return existing.isEmpty() ? Outcome.created(organisation) : Outcome.changed(organisation);
    }

    /** On the division given, else by name when the organisation is new or what places it by name changed. */
    private void place(Organisation organisation, Optional<DivisionRecord> division, String divisionName,
            OrganisationFields before) {
        if (division.isPresent()) {
            placement.place(organisation, division.get(), divisionName);
        } else if (before == null || !before.placedAlike(organisation)) {
            placement.placeByName(organisation);
        }
    }

    /** Creates an organisation detected in a report text; the caller has checked that none certainly matches. */
    public Organisation createDetected(DetectedOrganisation detected, String actor) {
        Organisation organisation = new Organisation();
        organisation.name = detected.name();
        organisation.kind = detected.kind();
        organisation.creditCode = detected.creditCode();
        organisation.confirmed = detected.confirmed();
        organisation.candidateIds.addAll(detected.candidateIds());
        organisation.persistAndFlush();
        nameIndex.refresh(organisation);
        changeLog.record(EntityType.ORGANISATION, organisation.id, ChangeAction.CREATED, actor);
        return organisation;
    }

    private static String normaliseCreditCode(String raw, List<UserError> errors) {
        if (raw == null) {
            return null;
        }
        Optional<CreditCode> code = CreditCode.parse(raw);
        if (code.isEmpty()) {
            errors.add(UserError.of("input.creditCode", UserErrorCode.INVALID_CREDIT_CODE,
                    "not a valid unified social credit code (GB 32100-2015): " + Echo.of(raw)));
            return null;
        }
        return code.get().value();
    }

    private void lockKeys(String creditCode, List<ExternalIdentifierInput> identifiers) {
        if (creditCode != null) {
            locks.creditCode(creditCode);
        }
        if (identifiers != null) {
            identifiers.stream().filter(i -> i.scheme() != null && i.value() != null)
                    .map(i -> List.of(i.scheme().strip(), i.value().strip())).distinct()
                    .sorted(Comparator.comparing((List<String> i) -> i.get(0)).thenComparing(i -> i.get(1)))
                    .forEach(i -> locks.identifier(i.get(0), i.get(1)));
        }
    }

    /** The organisation the input names, its row locked for the update. */
    private static Optional<Organisation> findTarget(UpsertOrganisationInput input, String creditCode,
            List<UserError> errors) {
        if (input.id() != null) {
            return IdLookup.find(input.id(), NodeType.Organisation, "input.id", OrganisationService::locked, errors);
        }
        if (creditCode != null) {
            Optional<Organisation> byCode = Organisation.findByCreditCode(creditCode);
            if (byCode.isPresent()) {
                return locked(byCode.get().id);
            }
        }
        return input.identifiers() == null ? Optional.empty() : input.identifiers().stream()
                .map(i -> OrganisationIdentifier.findByKey(i.scheme(), i.value()))
                .flatMap(Optional::stream)
                .findFirst()
                .flatMap(i -> locked(i.organisationId));
    }

    private static Optional<Organisation> locked(long id) {
        return Organisation.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The parent {@code parentGlobalId} names for {@code self}, refusing unknown ones and cycles; null keeps self's. */
    static Long resolveParent(String parentGlobalId, Organisation self, List<UserError> errors) {
        if (parentGlobalId == null) {
            return self == null ? null : self.parentId;
        }
        Optional<Organisation> parent = IdLookup.find(parentGlobalId, NodeType.Organisation, "input.parentId",
                id -> Organisation.findByIdOptional(id), errors);
        if (parent.isEmpty()) {
            return null;
        }
        if (self != null && OrganisationHierarchy.isAncestorOrSelf(self.id, parent.get())) {
            errors.add(UserError.of("input.parentId", UserErrorCode.PARENT_CYCLE,
                    "the organisation cannot belong to itself or to one of its own descendants"));
            return null;
        }
        return parent.get().id;
    }

    private static void requireForCreation(UpsertOrganisationInput input, List<UserError> errors) {
        if (input.name() == null || input.name().isBlank()) {
            errors.add(UserError.of("input.name", UserErrorCode.REQUIRED, "a new organisation needs a name"));
        }
        if (input.kind() == null) {
            errors.add(UserError.of("input.kind", UserErrorCode.REQUIRED, "a new organisation needs a kind"));
        }
    }

    private static void checkUniqueKeys(UpsertOrganisationInput input, String creditCode, Organisation self,
            List<UserError> errors) {
        if (creditCode != null && self != null) {
            Organisation.findByCreditCode(creditCode).filter(o -> !o.id.equals(self.id)).ifPresent(o -> errors.add(
                    UserError.of("input.creditCode", UserErrorCode.DUPLICATE,
                            "another organisation already has the credit code " + creditCode)));
        }
        if (input.identifiers() != null) {
            for (int i = 0; i < input.identifiers().size(); i++) {
                ExternalIdentifierInput identifier = input.identifiers().get(i);
                String field = "input.identifiers." + i;
                if (identifier.scheme().isBlank() || identifier.value().isBlank()) {
                    errors.add(UserError.of(field, UserErrorCode.REQUIRED, "scheme and value must not be blank"));
                    continue;
                }
                OrganisationIdentifier.findByKey(identifier.scheme(), identifier.value())
                        .filter(held -> self == null || !held.organisationId.equals(self.id))
                        .ifPresent(held -> errors.add(UserError.of(field, UserErrorCode.DUPLICATE,
                                "another organisation already has the identifier " + identifier.scheme() + ":" + identifier.value())));
            }
        }
    }

    private static void apply(UpsertOrganisationInput input, String creditCode, Long parentId, Organisation target) {
        if (input.name() != null) {
            target.name = input.name().strip();
        }
        if (input.kind() != null) {
            target.kind = input.kind();
        }
        if (creditCode != null) {
            target.creditCode = creditCode;
        }
        target.parentId = parentId;
        if (input.divisionName() != null) {
            target.divisionName = input.divisionName().strip();
        }
        Set<String> otherNames = input.otherNames() == null ? new LinkedHashSet<>(target.otherNames)
                : input.otherNames().stream().map(String::strip).filter(n -> !n.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        addSimplifiedForms(target.name, otherNames);
        if (!otherNames.equals(target.otherNames)) { // replacing an equal set would rewrite its rows
            target.otherNames.clear();
            target.otherNames.addAll(otherNames);
        }
    }

    /**
     * Adds the simplified form of a traditional-character name as another name, so that a report in either
     * script finds its organisation (reports are analysed in simplified characters).
     */
    private static void addSimplifiedForms(String name, Set<String> otherNames) {
        Set<String> names = new LinkedHashSet<>(otherNames);
        names.add(name);
        names.stream().map(ChineseScript::toSimplified).filter(simplified -> !simplified.equals(name))
                .forEach(otherNames::add);
    }
}
