package org.fazhi.registry.division;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.outcome.Echo;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;

/**
 * The division table held in memory for placing names: read once, on first use, since only migrations
 * change it (about 45,000 rows, a few megabytes).
 */
@ApplicationScoped
public class DivisionDirectory {

    private final EntityManager em;
    private volatile Gazetteer gazetteer;

    public DivisionDirectory(EntityManager em) {
        this.em = em;
    }

    public Gazetteer gazetteer() {
        Gazetteer loaded = gazetteer;
        if (loaded == null) {
            synchronized (this) {
                if (gazetteer == null) {
                    // Read in a transaction of its own: the first caller may be a resolver outside any.
                    gazetteer = QuarkusTransaction.joiningExisting().call(() -> new Gazetteer(em.createQuery("select d.code, d.parentCode, d.level, d.type, d.name, "
                            + "d.fullName from Division d", Object[].class).getResultStream()
                            .map(r -> new DivisionRecord((String) r[0], (String) r[1], DivisionLevel.of((Short) r[2]),
                                    (DivisionType) r[3], (String) r[4], (String) r[5]))
                            .toList()));
                }
                loaded = gazetteer;
            }
        }
        return loaded;
    }

    /** The divisions {@code name} may lie in; see {@link Gazetteer#locate}. */
    public List<DivisionRecord> locate(String name, PlaceContext context) {
        return gazetteer().locate(name, context);
    }

    /** The division with this code; null when the table has none. */
    public DivisionRecord byCode(String code) {
        return gazetteer().byCode(code);
    }

    /** The division {@code code} names, or empty with INVALID_DIVISION_CODE or UNKNOWN_DIVISION on {@code field}. */
    public Optional<DivisionRecord> check(String code, String field, List<UserError> errors) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = DivisionCodes.normalise(code);
        if (normalised == null) {
            errors.add(UserError.of(field, UserErrorCode.INVALID_DIVISION_CODE,
                    "a division code has six digits (GB/T 2260), or nine for a township; was " + code));
            return Optional.empty();
        }
        DivisionRecord division = byCode(normalised);
        if (division == null) {
            errors.add(UserError.of(field, UserErrorCode.UNKNOWN_DIVISION, "no division has the code " + Echo.of(code)));
        }
        return Optional.ofNullable(division);
    }
}
