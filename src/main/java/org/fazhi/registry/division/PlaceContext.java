package org.fazhi.registry.division;

import java.util.List;
import java.util.Objects;

/**
 * What besides its name tells where a body sits.
 *
 * @param texts lines naming places, such as a report's title or its recipient line (铜梁区人民政府：)
 * @param divisionCodes divisions known to be near, such as the parent organisation's or the region of the
 *        body's credit code
 */
public record PlaceContext(List<String> texts, List<String> divisionCodes) {

    public static final PlaceContext NONE = new PlaceContext(List.of(), List.of());

    public PlaceContext {
        texts = texts.stream().filter(Objects::nonNull).toList();
        divisionCodes = divisionCodes.stream().filter(Objects::nonNull).toList();
    }
}
