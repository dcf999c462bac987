package org.fazhi.registry.auth;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Who sent the current request, read from its bearer token. Mutations require it; reads are public, and only
 * ask whether the caller may see what anonymous readers do not. The token is verified here rather than by the
 * HTTP security layer, whose refusal would be a bare HTTP 401 instead of a GraphQL error with a code.
 */
@RequestScoped
public class Caller {

    private static final Logger LOG = Logger.getLogger(Caller.class);
    private static final String BEARER = "Bearer ";

    private final CurrentVertxRequest request;
    private final JWTParser parser;
    /** Whether the request may read restricted data; decided once per request. */
    private Boolean readsRestricted;

    Caller(CurrentVertxRequest request, JWTParser parser) {
        this.request = request;
        this.parser = parser;
    }

    /**
     * The caller of a change, whose verified token must grant {@code role}: its subject is recorded, and its
     * division scope bounds what it may change.
     */
    public Actor requireRole(Role role) throws AccessRefusedException {
        JsonWebToken token = verifiedToken();
        if (!token.getGroups().contains(role.group())) {
            throw new ForbiddenException("this operation needs the role `" + role.group() + "` in the token's groups");
        }
        return new Actor(token.getSubject(), DivisionClaim.scopeOf(token));
    }

    /**
     * True when the request carries a valid token with a role (reader, editor or reviewer): such callers see who
     * submitted, reviewed and withdrew, and the texts of withdrawn reports. Anonymous readers, and requests whose
     * token is not valid, do not.
     */
    public boolean readsRestricted() {
        if (readsRestricted == null) {
            readsRestricted = readerToken();
        }
        return readsRestricted;
    }

    private boolean readerToken() {
        try {
            Set<String> groups = verifiedToken().getGroups();
            return Arrays.stream(Role.values()).anyMatch(role -> groups.contains(role.group()));
        } catch (UnauthenticatedException e) {
            return false;
        }
    }

    private JsonWebToken verifiedToken() throws UnauthenticatedException {
        // Without a current HTTP request there is no token either.
        RoutingContext http = request.getCurrent();
        String header = http == null ? null : http.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new UnauthenticatedException("this operation needs a bearer token (header `Authorization: Bearer …`)");
        }
        JsonWebToken token;
        try {
            token = parser.parse(header.substring(BEARER.length()).strip());
        } catch (ParseException e) {
            // The reason (expiry, signature, issuer) stays in the log; the client learns only that the token was refused.
            LOG.debugf(e, "bearer token refused");
            token = null;
        }
        if (token == null || token.getSubject() == null) {
            throw new UnauthenticatedException("the bearer token is expired, not signed by the expected key, "
                    + "not issued by the expected issuer, or has no subject");
        }
        Optional<String> problem = TokenClaims.problem(token.getRawToken(), Instant.now());
        if (problem.isPresent()) {
            throw new UnauthenticatedException(problem.get());
        }
        return token;
    }
}
