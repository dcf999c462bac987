package org.fazhi.registry.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads query rows straight into a view record, selecting only the entity attributes behind the
 * components a reader asks for: a list of titles never reads the texts. A component is the entity
 * attribute of the same name, except that {@code key} is the entity's {@code id} and {@code fooKey}
 * its {@code fooId}; keys are always read, since child lists and cursors need them. Components left
 * out of the select are null, 0, false or empty in the view.
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
    /** Index in the selected row of each component, or -1 when it is not selected. */
    private final int[] columns;
    private final String select;

    private Projection(Class<V> view, String alias, Set<String> fields, List<String> leading) {
        this.parts = PARTS.get(view);
        this.constructor = canonicalConstructor(view);
        this.columns = new int[parts.size()];
        List<String> selected = new ArrayList<>(leading);
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            boolean wanted = part.key() || fields.contains(part.name());
            columns[i] = wanted ? selected.size() : -1;
            if (columns[i] >= 0) {
                selected.add(alias + "." + part.attribute());
            }
        }
        this.select = String.join(", ", selected);
    }

    /**
     * The projection of {@code view} for a reader of {@code fields}, over the entity aliased {@code alias},
     * with the {@code leading} expressions (a parent key to group by) selected first in each row.
     */
    public static <V extends Record> Projection<V> of(Class<V> view, String alias, Set<String> fields,
            String... leading) {
        return new Projection<>(view, alias, fields, List.of(leading));
    }

    /** Runs {@code select <columns> <from>} and returns the view of each row, at most {@code limit}. */
    public List<V> list(EntityManager em, String from, Map<String, ?> parameters, int limit) {
        return rows(em, from, parameters, limit).stream().map(this::view).toList();
    }

    /** Runs {@code select <leading expressions>, <columns> <from>}, at most {@code limit} rows. */
    public List<Object[]> rows(EntityManager em, String from, Map<String, ?> parameters, int limit) {
        TypedQuery<Object[]> query = em.createQuery("select " + select + " " + from, Object[].class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** The view of one row selected with {@link #select()}. */
    public V view(Object[] row) {
        Object[] arguments = new Object[parts.size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = parts.get(i).convert(columns[i] < 0 ? null : row[columns[i]]);
        }
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

    /** One record component: its name, the entity attribute behind it, and how a row value becomes it. */
    private record Part(String name, String attribute, boolean key, Class<?> type, Class<?> element) {

        private static final String KEY = "key";

        static Part of(RecordComponent component) {
            String name = component.getName();
            boolean key = name.equals(KEY) || name.endsWith("Key");
            String attribute = key ? name.substring(0, name.length() - KEY.length()) + (name.equals(KEY) ? "id" : "Id")
                    : name;
            return new Part(name, attribute, key, component.getType(), elementType(component.getGenericType()));
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
