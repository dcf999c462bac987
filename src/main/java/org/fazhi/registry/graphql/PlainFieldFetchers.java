package org.fazhi.registry.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Reads the plain fields of the API's records (a report's title, an item's offsets) straight from the
 * record. SmallRye's own fetcher first builds a request context for every such field of every object —
 * a copy with the field's whole sub-selection rendered as JSON — which only resolvers use; on a page
 * of reports with their sections and items that was most of the time a request took. Values are still
 * transformed and adapted as SmallRye would.
 */
public class PlainFieldFetchers implements DataFetcherService {

    /** Before SmallRye's defaults; Quarkus's own service does not provide field fetchers. */
    private static final int PRIORITY = 100;

    @Override
    public Integer getPriority() {
        return PRIORITY;
    }

    @Override
    public PlugableDataFetcher<Object> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new Fetcher(field, owner);
    }

    private static final class Fetcher implements PlugableDataFetcher<Object>, TrivialDataFetcher<Object> {

        private final Field field;
        private final Reference owner;
        private final FieldHelper helper;
        /** Looked up on first use: the owner class may not be loadable while the schema is built. */
        private volatile MethodHandle accessor;

        Fetcher(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
            this.helper = new FieldHelper(field);
        }

        @Override
        public Object get(DataFetchingEnvironment dfe) throws Exception {
            Object source = dfe.getSource();
            try {
                return helper.transformOrAdaptResponse(accessor().invoke(source), dfe);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        private MethodHandle accessor() throws ReflectiveOperationException {
            MethodHandle handle = accessor;
            if (handle == null) {
                Class<?> type = Class.forName(owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                handle = field.getMethodName() == null
                        ? lookup.unreflectGetter(type.getField(field.getPropertyName()))
                        : lookup.unreflect(type.getMethod(field.getMethodName()));
                accessor = handle.asType(MethodType.methodType(Object.class, Object.class));
            }
            return accessor;
        }
    }
}
