package org.fazhi.registry.sqljson;

import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.sqljson.ObjectJson.Unsupported;

/**
 * Writes a read query as one SQL statement whose single value is the whole response,
 * {@code {"data": …}}, built by PostgreSQL with JSON functions: each list a subquery over its index, every
 * value formatted as the GraphQL engine formats it. Compiles the top-level fields {@code reports},
 * {@code report} and {@code __typename} over the types of {@link ObjectJson}; any other query is left to
 * the engine.
 */
final class SqlJsonCompiler {

    private SqlJsonCompiler() {
    }

    /** The statement answering {@code operation}, or empty when something in it is not compiled here. */
    static Optional<Sql> compile(ExecutableNormalizedOperation operation) {
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return Optional.empty();
        }
        Sql sql = new Sql().append("select json_build_object('data', json_build_object(");
        try {
            List<ExecutableNormalizedField> fields = operation.getTopLevelFields();
            for (int i = 0; i < fields.size(); i++) {
                sql.append(i == 0 ? "" : ", ").key(fields.get(i).getResultKey());
                topLevel(fields.get(i), sql);
            }
        } catch (Unsupported e) {
            return Optional.empty();
        }
        return Optional.of(sql.append("))::text"));
    }

    private static void topLevel(ExecutableNormalizedField field, Sql sql) {
        switch (field.getName()) {
            case "__typename" -> sql.append("'Query'");
            case "reports" -> ReportPageJson.write(field, sql);
            case "report" -> report(field, sql);
            default -> throw new Unsupported("Query." + field.getName());
        }
    }

    /** {@code report(id)}: the report in whatever state, or null for an id of no report. */
    private static void report(ExecutableNormalizedField field, Sql sql) {
        Optional<Long> id = GlobalId.decode((String) field.getResolvedArguments().get("id"), NodeType.Report);
        if (id.isEmpty()) {
            sql.append("null");
            return;
        }
        String alias = sql.alias("r");
        sql.append("(select ");
        ObjectJson.object(ObjectJson.REPORT, field, alias, sql);
        sql.append(" from report " + alias + " where " + alias + ".id = ").value(id.get()).append(")");
    }
}
