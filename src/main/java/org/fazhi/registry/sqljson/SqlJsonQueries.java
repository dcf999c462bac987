package org.fazhi.registry.sqljson;

import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.Validator;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fazhi.registry.cache.DataVersion;
import org.fazhi.registry.cache.DataVersions;
import org.fazhi.registry.cache.LeastRecentlyUsed;
import org.fazhi.registry.cache.VersionedAnswers;
import org.fazhi.registry.persistence.DatabaseReadException;

/**
 * Answers a GraphQL request with the response PostgreSQL builds ({@link SqlJsonCompiler}) when the
 * document is valid against the API's schema, within its depth and complexity limits, and compiled
 * here; empty otherwise, and the GraphQL engine answers. Valid documents are kept, by their text, and the statement
 * compiled for a request, by its document, operation and variables: a dashboard repeats the same few requests, and
 * building the operation and its SQL cost more of the service's time than PostgreSQL took to answer a page. The answers
 * themselves are kept until the data changes ({@link VersionedAnswers}), by their statement: fifty viewers of a
 * dashboard ask the same page, and building it cost PostgreSQL twice the service's own work. They are weighed in
 * bytes, the answer's and its statement's text.
 */
@ApplicationScoped
public class SqlJsonQueries {

    private static final int DOCUMENTS = 500;
    private static final int STATEMENTS = 1000;
    /**
     * Requests longer than this, query and variables written out, are compiled each time and not kept: a dashboard's
     * are a few hundred characters, and what is kept stays small (at most some 25 MB) whatever is sent.
     */
    private static final int KEPT_CHARACTERS = 16 * 1024;
    /** What a kept answer holds besides its JSON and its statement's text: the map's bookkeeping, roughly. */
    private static final long ENTRY_OVERHEAD = 256;

    private final Instance<GraphQLSchema> schema;
    private final AgroalDataSource dataSource;
    private final DataVersions versions;
    private final VersionedAnswers<Statement, Answer> answers;
    private final int maxDepth;
    private final int maxFields;
    private final Map<String, Document> valid = Collections.synchronizedMap(new LeastRecentlyUsed<>(DOCUMENTS));
    private final Map<Request, Optional<Statement>> statements =
            Collections.synchronizedMap(new LeastRecentlyUsed<>(STATEMENTS));

    public SqlJsonQueries(Instance<GraphQLSchema> schema, AgroalDataSource dataSource, DataVersions versions,
            @ConfigProperty(name = "registry.sql-json.kept-answer-bytes") long keptAnswerBytes,
            @ConfigProperty(name = "registry.graphql.max-depth") int maxDepth,
            @ConfigProperty(name = "registry.graphql.max-complexity") int maxFields) {
        this.schema = schema;
        this.dataSource = dataSource;
        this.versions = versions;
        this.answers = new VersionedAnswers<>(keptAnswerBytes,
                (statement, answer) -> answer.json().length + 2L * statement.sized().length() + ENTRY_OVERHEAD);
        this.maxDepth = maxDepth;
        this.maxFields = maxFields;
    }

    /** A response PostgreSQL built, in UTF-8, and its size in bytes. */
    public record Answer(byte[] json, long bytes) {
    }

    /**
     * The JSON response to {@code query} when it is at most {@code allowance} bytes, or empty when the engine is to
     * answer it: a larger response stays in PostgreSQL.
     */
    public Optional<Answer> answer(String query, String operationName, Map<String, Object> variables, long allowance) {
        Request request = new Request(query, operationName, variables);
        boolean kept = query.length() + String.valueOf(variables).length() <= KEPT_CHARACTERS;
        Optional<Statement> statement = kept ? statements.get(request) : null;
        if (statement == null) {
            statement = compile(request, kept);
            if (kept) {
                statements.put(request, statement);
            }
        }
        return statement.flatMap(s -> run(s, allowance));
    }

    /** What a compiled statement depends on. */
    private record Request(String query, String operationName, Map<String, Object> variables) {
    }

    /**
     * A compiled statement, with the answer's size check around it: its first placeholder takes the allowance, the
     * others {@code values}. The fence (offset 0) builds the answer once: unfenced, the planner copies the whole
     * statement into each of the three places naming j, and PostgreSQL built every answer three times.
     */
    record Statement(String sized, List<Object> values) {

        static Statement of(Sql sql) {
            return new Statement("select octet_length(j), case when octet_length(j) <= ? then j end from (select j from ("
                    + sql.text() + ") a(j) offset 0) x(j)", Collections.unmodifiableList(new ArrayList<>(sql.values())));
        }
    }

    private Optional<Statement> compile(Request request, boolean kept) {
        Optional<Document> document = document(request.query(), kept);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        ExecutableNormalizedOperation operation;
        try {
            operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                    schema.get(), document.get(), request.operationName(), RawVariables.of(request.variables()));
        } catch (RuntimeException e) {
            return Optional.empty(); // variables the engine will refuse, with its own error
        }
        // The engine's limits count fields a little differently: leave anything near them to it.
        if (operation.getOperationDepth() >= maxDepth || operation.getOperationFieldCount() >= maxFields / 2) {
            return Optional.empty();
        }
        return SqlJsonCompiler.compile(operation).map(Statement::of);
    }

    private Optional<Document> document(String query, boolean kept) {
        Document known = valid.get(query);
        if (known != null) {
            return Optional.of(known);
        }
        Document document = Parser.parse(query);
        if (!new Validator().validateDocument(schema.get(), document, Locale.ROOT).isEmpty()) {
            return Optional.empty();
        }
        if (kept) {
            valid.put(query, document);
        }
        return Optional.of(document);
    }

    /**
     * The answer kept at the version of now, or the one PostgreSQL builds next, on the same connection: the version is
     * read first, so the answer kept under it is never older than it.
     */
    private Optional<Answer> run(Statement sql, long allowance) {
        try (Connection connection = dataSource.getConnection()) {
            DataVersion version = answers.keeps() ? versions.now(connection) : DataVersion.UNSETTLED;
            Optional<Answer> kept = answers.at(version, sql);
            if (kept.isPresent()) {
                return kept.filter(a -> a.bytes() <= allowance);
            }
            Optional<Answer> built = build(connection, sql, allowance);
            built.ifPresent(a -> answers.keep(version, sql, a));
            return built;
        } catch (SQLException e) {
            throw new DatabaseReadException(sql.sized(), e);
        }
    }

    private static Optional<Answer> build(Connection connection, Statement sql, long allowance) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.sized())) {
            statement.setLong(1, allowance);
            List<Object> values = sql.values();
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 2, values.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                String json = result.getString(2);
                return json == null ? Optional.empty()
                        : Optional.of(new Answer(json.getBytes(StandardCharsets.UTF_8), result.getLong(1)));
            }
        }
    }
}
