package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.extraction.CreditCode;
import org.fazhi.registry.graphql.GlobalId;
import org.fazhi.registry.graphql.NodeType;
import org.fazhi.registry.graphql.UserError;
import org.fazhi.registry.graphql.UserErrorCode;

/**
 * Finds the organisation an input names and locks its row, so that submissions for one
 * organisation are applied one after the other.
 */
@ApplicationScoped
public class OrganisationResolver {

    /** The organisation {@code ref} names, or empty with the reason added to {@code errors}. */
    public Optional<Organisation> resolveForUpdate(OrganisationRefInput ref, String field, List<UserError> errors) {
        if (ref.id() != null) {
            Optional<Long> id = GlobalId.decode(ref.id(), NodeType.Organisation);
            if (id.isEmpty()) {
                errors.add(UserError.of(field + ".id", UserErrorCode.INVALID_ID, "not an organisation ID: " + ref.id()));
                return Optional.empty();
            }
            return found(Organisation.findByIdOptional(id.get(), LockModeType.PESSIMISTIC_WRITE),
                    field + ".id", ref.id(), errors);
        }
        if (ref.creditCode() != null) {
            Optional<CreditCode> code = CreditCode.parse(ref.creditCode());
            if (code.isEmpty()) {
                errors.add(UserError.of(field + ".creditCode", UserErrorCode.INVALID_CREDIT_CODE,
                        "not a valid unified social credit code (GB 32100-2015): " + ref.creditCode()));
                return Optional.empty();
            }
            return found(Organisation.findByCreditCode(code.get().value())
                            .map(o -> Organisation.<Organisation>findById(o.id, LockModeType.PESSIMISTIC_WRITE)),
                    field + ".creditCode", ref.creditCode(), errors);
        }
        return Optional.empty();
    }

    private static Optional<Organisation> found(Optional<Organisation> organisation, String field, String key,
            List<UserError> errors) {
        if (organisation.isEmpty()) {
            errors.add(UserError.of(field, UserErrorCode.NOT_FOUND, "no organisation is registered under " + key));
        }
        return organisation;
    }
}
