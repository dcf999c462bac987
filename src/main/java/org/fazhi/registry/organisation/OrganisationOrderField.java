package org.fazhi.registry.organisation;

import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.fazhi.registry.graphql.SortField;
import org.fazhi.registry.graphql.SortType;

@Description("What organisations can be ordered by; organisations with equal values keep their registration order.")
public enum OrganisationOrderField implements SortField<OrganisationView> {
    @Description("The organisation's full name, in the database's collation.")
    NAME("o.name", SortType.TEXT, "name", OrganisationView::name),
    @Description("When the registry first recorded the organisation.")
    CREATED_AT("o.createdAt", SortType.TIMESTAMP, "createdAt", OrganisationView::createdAt);

    private final Key<OrganisationView> key;

    OrganisationOrderField(String expression, SortType type, String field, Function<OrganisationView, Object> value) {
        this.key = new Key<>(expression, type, field, value);
    }

    @Override
    public Key<OrganisationView> key() {
        return key;
    }
}
