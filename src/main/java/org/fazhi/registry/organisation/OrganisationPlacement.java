package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.registry.division.DivisionCodes;
import org.fazhi.registry.division.DivisionDirectory;
import org.fazhi.registry.division.DivisionRecord;
import org.fazhi.registry.division.PlaceContext;
import org.fazhi.registry.extraction.CreditCode;
import org.fazhi.registry.extraction.ReportMetadata;
import org.fazhi.registry.outcome.UserWarning;
import org.fazhi.registry.outcome.WarningCode;

/**
 * Places organisations on the administrative map: on the division an integrator gives (checked against
 * the table), else where their name and its context point; several fitting divisions are kept as
 * candidates for a person to choose from.
 */
@ApplicationScoped
public class OrganisationPlacement {

    private final DivisionDirectory divisions;
    private final DivisionCandidates candidates;

    public OrganisationPlacement(DivisionDirectory divisions, DivisionCandidates candidates) {
        this.divisions = divisions;
        this.candidates = candidates;
    }

    /** Puts {@code organisation} on {@code division}, named by {@code divisionName} or else the division's full name. */
    public void place(Organisation organisation, DivisionRecord division, String divisionName) {
        organisation.divisionCode = division.code();
        organisation.divisionName = divisionName != null ? divisionName.strip() : division.fullName();
        candidates.clear(organisation.id);
    }

    /** Places an organisation an integrator stored without a division by its name, its parent's division and its credit code. */
    public void placeByName(Organisation organisation) {
        if (organisation.divisionCode != null) {
            return;
        }
        String parentDivision = organisation.parentId == null ? null
                : Organisation.<Organisation>findByIdOptional(organisation.parentId).map(p -> p.divisionCode).orElse(null);
        placeAmong(organisation, divisions.locate(organisation.name,
                new PlaceContext(List.of(), codes(parentDivision, organisation.creditCode))));
    }

    /** Places an organisation registered from a report by its name, the report's title and recipient line, and its credit code. */
    public void placeDetected(Organisation organisation, ReportMetadata metadata) {
        String creditCode = metadata.creditCode() == null ? null : metadata.creditCode().value();
        List<String> texts = new ArrayList<>();
        texts.add(metadata.recipient());
        texts.add(metadata.title());
        placeAmong(organisation, divisions.locate(organisation.name, new PlaceContext(texts, codes(null, creditCode))));
    }

    private void placeAmong(Organisation organisation, List<DivisionRecord> found) {
        if (found.size() == 1) {
            place(organisation, found.get(0), null);
        } else if (found.size() > 1) {
            candidates.replace(organisation.id, found.stream().map(DivisionRecord::code).toList());
        }
    }

    private static List<String> codes(String divisionCode, String creditCode) {
        List<String> codes = new ArrayList<>();
        codes.add(divisionCode);
        if (creditCode != null && CreditCode.isValid(creditCode)) {
            codes.add(DivisionCodes.regionOfCreditCode(creditCode));
        }
        return codes;
    }

    /** A warning when the region of the organisation's credit code lies neither within nor around its division. */
    public static List<UserWarning> warnings(Organisation organisation) {
        if (organisation == null || organisation.creditCode == null || organisation.divisionCode == null) {
            return List.of();
        }
        String region = DivisionCodes.regionOfCreditCode(organisation.creditCode);
        if (DivisionCodes.isWithin(organisation.divisionCode, region) || DivisionCodes.isWithin(region, organisation.divisionCode)) {
            return List.of();
        }
        return List.of(new UserWarning("input.divisionCode", WarningCode.CREDIT_CODE_REGION_MISMATCH,
                "the credit code " + organisation.creditCode + " was issued in region " + region
                        + ", which lies neither within nor around the division " + organisation.divisionCode));
    }
}
