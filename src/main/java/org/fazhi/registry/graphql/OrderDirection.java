package org.fazhi.registry.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OrderDirection")
@Description("Which way a list is ordered.")
public enum OrderDirection {
    @Description("Smallest first: earliest year, earliest date, A before Z.")
    ASC,
    @Description("Largest first: latest year, latest date, Z before A.")
    DESC
}
