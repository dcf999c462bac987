package org.fazhi.registry.sqljson;

import graphql.normalized.ExecutableNormalizedField;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The API's object types as PostgreSQL builds them in JSON: for each field a compiled query may ask
 * for, the SQL expression over the type's table that gives the value exactly as the GraphQL engine
 * would serialise it (global IDs base64url, dates ISO, enums by name, lists in the resolvers' order).
 * A field missing here (timestamps, texts kept as bytes, follow-up data) leaves the query to the engine.
 */
final class ObjectJson {

    /** json_build_object takes at most 100 arguments: 50 fields. */
    private static final int MAX_FIELDS = 50;

    /** Thrown when a query asks for something not compiled here; the engine answers it instead. */
    static final class Unsupported extends RuntimeException {

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** Writes the SQL of one field of an object whose row has the table alias given. */
    @FunctionalInterface
    interface FieldSql {
        void write(ExecutableNormalizedField field, String alias, Sql sql);
    }

    /** An object type: its GraphQL name and how each of its fields is read. */
    record Type(String name, Map<String, FieldSql> fields) {
    }

    static final Type ITEM = new Type("Item", Map.of(
            "id", id("Item"), "marker", column("marker"), "title", column("title"), "text", column("text"),
            "ordinal", column("ordinal"), "depth", column("depth"), "themes", array("themes"),
            "startOffset", column("start_offset"), "endOffset", column("end_offset"),
            "children", (f, a, sql) -> list(ObjectJson.ITEM, f, "item", "parent_id", a, "start_offset", "", sql)));

    static final Type SECTION = new Type("Section", Map.of(
            "id", id("Section"), "kind", column("kind"), "heading", column("heading"), "ordinal", column("ordinal"),
            "startOffset", column("start_offset"), "endOffset", column("end_offset"),
            "items", (f, a, sql) -> list(ITEM, f, "item", "section_id", a, "start_offset", " and %s.parent_id is null", sql)));

    static final Type COMMITMENT = new Type("Commitment", Map.of(
            "id", id("Commitment"), "title", column("title"), "text", column("text"),
            "targetYear", column("target_year"), "themes", array("themes"), "status", column("status"),
            "statusSource", column("status_source"), "note", column("note"),
            "startOffset", column("start_offset"), "endOffset", column("end_offset")));

    static final Type ORGANISATION = new Type("Organisation", Map.of(
            "id", id("Organisation"), "name", column("name"), "kind", column("kind"),
            "divisionCode", column("division_code"), "divisionName", column("division_name"),
            "creditCode", column("credit_code"), "confirmed", column("confirmed"),
            "otherNames", (f, a, sql) -> sql.append("coalesce((select json_agg(n.name order by n.name) from "
                    + "organisation_other_name n where n.organisation_id = " + a + ".id), '[]'::json)")));

    static final Type CITATION = new Type("Citation", Map.of(
            "title", column("title"), "canonicalTitle", column("canonical_title"), "kind", column("kind"),
            "occurrences", column("occurrences"), "startOffset", column("start_offset"),
            "endOffset", column("end_offset")));

    static final Type FINDING = new Type("ComplianceFinding", Map.of(
            "rule", column("rule"), "severity", column("severity"), "message", column("message"),
            "startOffset", column("start_offset"), "endOffset", column("end_offset")));

    static final Type REPORT = new Type("Report", Map.ofEntries(
            Map.entry("id", id("Report")), Map.entry("reportYear", column("report_year")),
            Map.entry("title", column("title")), Map.entry("documentNumber", column("document_number")),
            Map.entry("indexNumber", column("index_number")), Map.entry("signer", column("signer")),
            Map.entry("recipient", column("recipient")), Map.entry("issuedDate", date("issued_date")),
            Map.entry("publishedDate", date("published_date")), Map.entry("sourceUrl", column("source_url")),
            Map.entry("script", column("script")), Map.entry("contentHash", column("content_hash")),
            Map.entry("state", column("state")), Map.entry("parserVersion", column("parser_version")),
            // Answers built here are for anonymous readers only (SqlJsonRoute): no token subjects, no withdrawn texts.
            Map.entry("warnings", array("warnings")), Map.entry("submittedBy", (f, a, sql) -> sql.append("null::text")),
            Map.entry("organisationEvidence", column("organisation_evidence")),
            Map.entry("normalisedText", (f, a, sql) -> sql.append("case when " + a + ".state <> 'WITHDRAWN' then "
                    + a + ".normalised_text end")),
            Map.entry("organisation", (f, a, sql) -> one(ORGANISATION, f, "organisation", a + ".organisation_id", sql)),
            Map.entry("sections", (f, a, sql) -> list(SECTION, f, "section", "report_id", a, "ordinal", "", sql)),
            Map.entry("commitments", (f, a, sql) -> list(COMMITMENT, f, "commitment", "report_id", a, "ordinal", "", sql)),
            Map.entry("citations", (f, a, sql) -> list(CITATION, f, "citation", "report_id", a, "start_offset", "", sql)),
            Map.entry("complianceFindings", (f, a, sql) -> list(FINDING, f, "compliance_finding", "report_id", a, "id", "",
                    sql))));

    private ObjectJson() {
    }

    /** The JSON object of the row aliased {@code alias}, with the fields {@code field} selects of {@code type}. */
    static void object(Type type, ExecutableNormalizedField field, String alias, Sql sql) {
        fields(field, type.name(), (child, out) -> {
            FieldSql column = type.fields().get(child.getName());
            if (column == null || !child.getResolvedArguments().isEmpty()) {
                throw new Unsupported(type.name() + "." + child.getName());
            }
            column.write(child, alias, out);
        }, sql);
    }

    /**
     * {@code json_build_object} of the fields {@code field} selects of the type {@code typeName}, keyed by
     * their result keys: {@code __typename} is the name, every other value is written by {@code value}.
     */
    static void fields(ExecutableNormalizedField field, String typeName,
            BiConsumer<ExecutableNormalizedField, Sql> value, Sql sql) {
        List<ExecutableNormalizedField> children = field.getChildren();
        if (children.size() > MAX_FIELDS) {
            throw new Unsupported("more than " + MAX_FIELDS + " fields of " + typeName);
        }
        sql.append("json_build_object(");
        for (int i = 0; i < children.size(); i++) {
            ExecutableNormalizedField child = children.get(i);
            if (!child.getObjectTypeNames().contains(typeName)) {
                throw new Unsupported(typeName + "." + child.getName());
            }
            sql.append(i == 0 ? "" : ", ").key(child.getResultKey());
            if (child.getName().equals("__typename")) {
                sql.append("'" + typeName + "'");
            } else {
                value.accept(child, sql);
            }
        }
        sql.append(")");
    }

    /** A global ID: the type name and the row id, base64url encoded without padding, as GlobalId writes it. */
    static String globalId(String type, String idColumn) {
        return base64url("'" + type + ":' || " + idColumn);
    }

    /** {@code text} in base64url without padding (PostgreSQL's base64 also breaks lines, which go too). */
    static String base64url(String text) {
        return "translate(encode(convert_to(" + text + ", 'UTF8'), 'base64'), E'+/=\\n', '-_')";
    }

    private static FieldSql id(String type) {
        return (f, a, sql) -> sql.append(globalId(type, a + ".id"));
    }

    private static FieldSql column(String column) {
        return (f, a, sql) -> sql.append(a + "." + column);
    }

    private static FieldSql date(String column) {
        return (f, a, sql) -> sql.append("to_char(" + a + "." + column + ", 'YYYY-MM-DD')");
    }

    private static FieldSql array(String column) {
        return (f, a, sql) -> sql.append("to_json(" + a + "." + column + ")");
    }

    /** The object of {@code type} whose id is {@code idExpression}. */
    private static void one(Type type, ExecutableNormalizedField field, String table, String idExpression, Sql sql) {
        String alias = sql.alias("t");
        sql.append("(select ");
        object(type, field, alias, sql);
        sql.append(" from " + table + " " + alias + " where " + alias + ".id = " + idExpression + ")");
    }

    /** The rows of {@code table} under the parent row {@code parent}, in {@code order}, as a JSON array. */
    private static void list(Type type, ExecutableNormalizedField field, String table, String parentColumn,
            String parent, String order, String condition, Sql sql) {
        String alias = sql.alias("t");
        sql.append("coalesce((select json_agg(");
        object(type, field, alias, sql);
        sql.append(" order by " + alias + "." + order + ") from " + table + " " + alias + " where " + alias + "."
                + parentColumn + " = " + parent + ".id" + condition.formatted(alias) + "), '[]'::json)");
    }
}
