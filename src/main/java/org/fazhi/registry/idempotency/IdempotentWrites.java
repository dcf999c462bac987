package org.fazhi.registry.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;
import org.fazhi.registry.persistence.Sha256;

/**
 * Runs every mutation in one transaction, and once per idempotency key: a request whose key was seen within
 * {@link IdempotentAnswers#RETENTION} with the same input gets the first answer back and nothing is done again;
 * with another input (or for another mutation) it is refused with IDEMPOTENCY_KEY_REUSED. A refused request is
 * rolled back whole, whatever it wrote on the way (an organisation detected from a text, say), and its answer is
 * not kept: it changed nothing, so repeating it is harmless.
 */
@ApplicationScoped
public class IdempotentWrites {

    static final String FIELD = "input.idempotencyKey";
    static final int MAX_KEY_LENGTH = 255;

    private final IdempotentAnswers answers;
    private final TransactionManager transactions;
    private final ObjectMapper json;

    public IdempotentWrites(IdempotentAnswers answers, TransactionManager transactions, ObjectMapper json) {
        this.answers = answers;
        this.transactions = transactions;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Transactional
    public <A> A once(WriteRequest request, AnswerType<A> type, Supplier<A> work) {
        String key = request.key();
        if (key == null) {
            return refusedRolledBack(work.get(), type);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return type.refusal().apply(List.of(UserError.of(FIELD, UserErrorCode.INVALID_VALUE,
                    "an idempotency key has 1 to " + MAX_KEY_LENGTH + " characters, not only spaces")));
        }
        answers.lock(request.actor(), key);
        String hash = hash(request);
        Optional<StoredAnswer> kept = answers.find(request.actor(), key);
        if (kept.isPresent()) {
            return kept.get().answers(request.operation(), hash) ? read(kept.get().answer(), type.type())
                    : type.refusal().apply(List.of(UserError.of(FIELD, UserErrorCode.IDEMPOTENCY_KEY_REUSED,
                            "the key " + key + " was used within " + IdempotentAnswers.RETENTION.toHours()
                                    + " hours for another request (" + kept.get().operation()
                                    + "); choose a new key for a new request")));
        }
        A answer = refusedRolledBack(work.get(), type);
        if (type.userErrors().apply(answer).isEmpty()) {
            answers.save(request.actor(), key, new StoredAnswer(request.operation(), hash, write(answer)));
        }
        return answer;
    }

    private <A> A refusedRolledBack(A answer, AnswerType<A> type) {
        if (!type.userErrors().apply(answer).isEmpty()) {
            try {
                transactions.setRollbackOnly();
            } catch (SystemException e) {
                throw new IllegalStateException("the refused request's transaction cannot be rolled back", e);
            }
        }
        return answer;
    }

    /** SHA-256 of the operation and the input's JSON form, written straight into the digest (inputs may be large). */
    private String hash(WriteRequest request) {
        MessageDigest digest = Sha256.digest();
        digest.update((request.operation() + '\n').getBytes(StandardCharsets.UTF_8));
        try {
            json.writeValue(new DigestOutputStream(OutputStream.nullOutputStream(), digest), request.input());
            return Sha256.hex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("the input of " + request.operation() + " cannot be written as JSON", e);
        }
    }

    private String write(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer cannot be written as JSON: " + answer.getClass(), e);
        }
    }

    private <A> A read(String answer, Class<A> type) {
        try {
            return json.readValue(answer, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept answer cannot be read as " + type, e);
        }
    }
}
