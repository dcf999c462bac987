package org.fazhi.registry.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads query rows straight into a view record, selecting only the entity attributes behind the
 * components a reader asks for: a list of titles never reads the texts. A component is the entity
 * attribute of the same name, except that {@code key} is the entity's {@code id} and {@code fooKey}
 * its {@code fooId}; keys are always read, since child lists and cursors need them, and so are components
 * other fields' resolvers read ({@link ReadFor}) when those fields are asked for. The same select
 * list is written in HQL ({@link #hql()}, attributes) or SQL ({@link #sql()}, their snake_case
 * columns). Components left out of the select are null, 0, false or empty in the view.
 */
public final class Projection<V extends Record> {

    private static final ClassValue<List<Part>> PARTS = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> view) {
            return Arrays.stream(view.getRecordComponents()).map(Part::of).toList();
        }
    };

    private final Constructor<V> constructor;
    private final List<Part> parts;
    /** Index in the select list of each component, or -1 when it is not selected. */
    private final int[] columns;
    private final String hql;
    private final String sql;

    private Projection(Class<V> view, String alias, Set<String> fields) {
        this.parts = PARTS.get(view);
        this.constructor = canonicalConstructor(view);
        this.columns = new int[parts.size()];
        List<String> attributes = new ArrayList<>();
        List<String> sqlColumns = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            columns[i] = part.readFor(fields) ? attributes.size() : -1;
            if (columns[i] >= 0) {
                attributes.add(alias + "." + part.attribute());
                sqlColumns.add(alias + "." + part.column());
            }
        }
        this.hql = String.join(", ", attributes);
        this.sql = String.join(", ", sqlColumns);
    }

    /** The projection of {@code view} for a reader of {@code fields}, over the entity or table aliased {@code alias}. */
    public static <V extends Record> Projection<V> of(Class<V> view, String alias, Set<String> fields) {
        return new Projection<>(view, alias, fields);
    }

    /** The select list in HQL, e.g. {@code r.id, r.organisationId, r.reportYear}. */
    public String hql() {
        return hql;
    }

    /** The select list in SQL, e.g. {@code r.id, r.organisation_id, r.report_year}. */
    public String sql() {
        return sql;
    }

    /** Runs {@code select <hql()> <from>} and returns the view of each row, at most {@code limit}. */
    public List<V> list(EntityManager em, String from, Map<String, ?> parameters, int limit) {
        TypedQuery<Object[]> query = em.createQuery("select " + hql + " " + from, Object[].class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream().map(this::view).toList();
    }

    /** The view of one row selected with {@link #hql()}. */
    public V view(Object[] row) {
        Object[] arguments = new Object[parts.size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = parts.get(i).convert(columns[i] < 0 ? null : row[columns[i]]);
        }
        return build(arguments);
    }

    /** The view of the current row of {@code rows}, whose columns from {@code first} (1-based) are {@link #sql()}. */
    public V view(ResultSet rows, int first) throws SQLException {
        Object[] arguments = new Object[parts.size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = parts.get(i).convert(columns[i] < 0 ? null : parts.get(i).read(rows, first + columns[i]));
        }
        return build(arguments);
    }

    private V build(Object[] arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    private static <V extends Record> Constructor<V> canonicalConstructor(Class<V> view) {
        Class<?>[] types = Arrays.stream(view.getRecordComponents()).map(RecordComponent::getType).toArray(Class[]::new);
        try {
            return view.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One record component: its name, the attribute and column behind it, and how a value becomes it. */
    private record Part(String name, String attribute, String column, boolean key, Set<String> readers,
            Class<?> type, Class<?> element) {

        private static final String KEY = "key";

        static Part of(RecordComponent component) {
            String name = component.getName();
            boolean key = name.equals(KEY) || name.endsWith("Key");
            String attribute = key ? name.substring(0, name.length() - KEY.length()) + (name.equals(KEY) ? "id" : "Id")
                    : name;
            // Every column of the schema is its attribute's name in snake_case (reportYear: report_year).
            String column = attribute.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
            ReadFor readFor = component.getAnnotation(ReadFor.class);
            return new Part(name, attribute, column, key, readFor == null ? Set.of() : Set.of(readFor.value()),
                    component.getType(), elementType(component.getGenericType()));
        }

        /** True when a reader of {@code fields} needs this component. */
        boolean readFor(Set<String> fields) {
            return key || fields.contains(name) || readers.stream().anyMatch(fields::contains);
        }

        /** The value of column {@code index} of the current row, as Hibernate would have read it for the attribute. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object read(ResultSet rows, int index) throws SQLException {
            if (type.isEnum()) {
                String value = rows.getString(index);
                return value == null ? null : Enum.valueOf((Class) type, value);
            }
            if (List.class.equals(type)) {
                Array array = rows.getArray(index);
                return array == null ? null : array.getArray();
            }
            return rows.getObject(index, MethodType.methodType(type).wrap().returnType());
        }

        private static Class<?> elementType(Type type) {
            return type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c ? c : null;
        }

        Object convert(Object value) {
            if (List.class.equals(type)) {
                return value == null ? List.of() : elements(value);
            }
            if (value == null && type.isPrimitive()) {
                return type == boolean.class ? Boolean.FALSE : defaultNumber();
            }
            return value;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private List<?> elements(Object value) {
            Collection<?> values = value instanceof Object[] array ? Arrays.asList(array) : (Collection<?>) value;
            if (element != null && element.isEnum()) {
                return values.stream().map(v -> Enum.valueOf((Class) element, v.toString())).toList();
            }
            return values.stream().collect(Collectors.toUnmodifiableList());
        }

        private Object defaultNumber() {
            if (type == long.class) {
                return 0L;
            }
            return type == double.class ? 0.0 : (Object) 0;
        }
    }
}
