package org.fazhi.registry.auth;

import java.util.List;
import org.fazhi.registry.division.DivisionCodes;

/**
 * The divisions whose organisations a token may change, from its {@code division} claim: the subtrees of the
 * codes it names (410000 is 河南省 and everything in it). A token without the claim has national scope.
 */
public final class DivisionScope {

    public static final DivisionScope NATIONAL = new DivisionScope(null);

    /** Null for national scope. */
    private final List<String> codes;

    private DivisionScope(List<String> codes) {
        this.codes = codes;
    }

    static DivisionScope of(List<String> codes) {
        return new DivisionScope(List.copyOf(codes));
    }

    public boolean isNational() {
        return codes == null;
    }

    /** True when an organisation on {@code divisionCode} lies in the scope; one not placed on the map lies only in national scope. */
    public boolean covers(String divisionCode) {
        return isNational() || divisionCode != null && codes.stream().anyMatch(c -> DivisionCodes.isWithin(divisionCode, c));
    }

    /** Refuses a change to {@code what}, on {@code divisionCode} (null: not placed), when it lies outside the scope. */
    public void require(String divisionCode, String what) {
        if (!covers(divisionCode)) {
            throw new OutOfScopeException("the token's division scope (" + String.join(", ", codes) + ") does not include "
                    + what + (divisionCode == null ? ", which is not placed on the map" : " (division " + divisionCode + ")"));
        }
    }

    /** Refuses a change that holds for the whole country, such as a national deadline, unless the scope is national. */
    public void requireNational(String what) {
        if (!isNational()) {
            throw new OutOfScopeException("the token's division scope (" + String.join(", ", codes)
                    + ") does not include the whole country, which " + what + " covers");
        }
    }

    @Override
    public String toString() {
        return isNational() ? "national" : String.join(", ", codes);
    }
}
