package org.fazhi.registry.organisation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An organisation's external identifiers as a set of keys, to compare, and their replacement. */
final class OrganisationIdentifiers {

    private OrganisationIdentifiers() {
    }

    static Set<List<String>> of(Organisation organisation) {
        return OrganisationIdentifier.listForOrganisations(List.of(organisation.id)).stream()
                .map(i -> key(i.scheme, i.value)).collect(Collectors.toSet());
    }

    static Set<List<String>> of(List<ExternalIdentifierInput> identifiers) {
        return identifiers.stream().map(i -> key(i.scheme().strip(), i.value().strip())).collect(Collectors.toSet());
    }

    static void replace(Organisation organisation, List<ExternalIdentifierInput> identifiers) {
        OrganisationIdentifier.delete("organisationId", organisation.id);
        OrganisationIdentifier.flush();
        identifiers.stream().map(i -> new ExternalIdentifierInput(i.scheme().strip(), i.value().strip())).distinct()
                .forEach(i -> {
                    OrganisationIdentifier row = new OrganisationIdentifier();
                    row.organisationId = organisation.id;
                    row.scheme = i.scheme();
                    row.value = i.value();
                    row.persist();
                });
    }

    private static List<String> key(String scheme, String value) {
        return List.of(scheme, value);
    }
}
