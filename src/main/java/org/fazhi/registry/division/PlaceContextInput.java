package org.fazhi.registry.division;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("PlaceContextInput")
@Description("What besides its name tells where a body sits.")
public record PlaceContextInput(
        @Description("Lines that name places near the body, such as a report's title and its recipient line (铜梁区人民政府：).") List<String> lines,
        @Description("A division known to be near the body, such as its parent's.") String nearDivisionCode) {

    PlaceContext toContext() {
        return new PlaceContext(lines == null ? List.of() : lines,
                nearDivisionCode == null ? List.of() : List.of(nearDivisionCode));
    }
}
