package org.fazhi.registry.organisation;

import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.fazhi.registry.graphql.SortField;
import org.fazhi.registry.graphql.SortType;

@Description("What organisations can be ordered by; organisations with equal values keep their registration order.")
public enum OrganisationOrderField implements SortField<OrganisationView> {
    @Description("The organisation's full name, in the database's collation.")
    NAME("o.name", SortType.TEXT, OrganisationView::name),
    @Description("When the registry first recorded the organisation.")
    CREATED_AT("o.createdAt", SortType.TIMESTAMP, OrganisationView::createdAt);

    private final String expression;
    private final SortType type;
    private final Function<OrganisationView, Object> value;

    OrganisationOrderField(String expression, SortType type, Function<OrganisationView, Object> value) {
        this.expression = expression;
        this.type = type;
        this.value = value;
    }

    @Override
    public String expression() {
        return expression;
    }

    @Override
    public SortType type() {
        return type;
    }

    @Override
    public Object value(OrganisationView row) {
        return value.apply(row);
    }
}
