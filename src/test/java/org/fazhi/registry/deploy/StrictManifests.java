package org.fazhi.registry.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Kubernetes manifests into the fabric8 model and rejects anything the model does not know.
 *
 * <p>fabric8 keeps unknown fields in {@code additionalProperties} instead of failing, so every object of the
 * parsed tree is visited and a non-empty {@code additionalProperties} is an error, reported with its path.
 * Kinds the model does not know come back as {@link GenericKubernetesResource}; they are accepted only for the
 * custom resources listed in {@link #CUSTOM_KINDS} and are checked by their own rules.
 */
final class StrictManifests {

    /** The CloudNativePG kinds, validated as generic resources (their schema is not in the fabric8 model). */
    static final Set<String> CUSTOM_KINDS = Set.of("postgresql.cnpg.io/v1 Cluster", "postgresql.cnpg.io/v1 ScheduledBackup");

    /** The strategic-merge directive a kustomize patch may carry at its top level. */
    private static final String PATCH_DIRECTIVE = "$patch";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private StrictManifests() {
    }

    /** Parses every YAML document of {@code yaml} (a file or a rendered overlay); fails on the first violation. */
    static List<HasMetadata> parse(String source, String yaml) {
        List<HasMetadata> resources = new ArrayList<>();
        try (var documents = YAML.readValues(YAML.createParser(yaml), JsonNode.class)) {
            int index = 0;
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                index++;
                if (document == null || document.isNull() || document.isEmpty()) {
                    continue;
                }
                resources.add(parseOne(source + " document " + index, (ObjectNode) document));
            }
        } catch (IOException e) {
            throw new AssertionError(source + ": not YAML: " + e.getMessage(), e);
        }
        return resources;
    }

    private static HasMetadata parseOne(String source, ObjectNode document) {
        document.remove(PATCH_DIRECTIVE);
        KubernetesResource parsed;
        try {
            parsed = SERIALIZATION.convertValue(document, KubernetesResource.class);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(source + ": does not fit the Kubernetes model: " + e.getMessage(), e);
        }
        if (!(parsed instanceof HasMetadata resource)) {
            throw new AssertionError(source + ": not a Kubernetes object: " + parsed.getClass().getName());
        }
        String label = source + " (" + resource.getKind() + " " + resource.getMetadata().getName() + ")";
        if (resource instanceof GenericKubernetesResource generic) {
            String kind = generic.getApiVersion() + " " + generic.getKind();
            if (!CUSTOM_KINDS.contains(kind)) {
                throw new AssertionError(label + ": unknown kind " + kind);
            }
            rejectUnknownFields(label + " metadata", generic.getMetadata());
        } else {
            rejectUnknownFields(label, resource);
        }
        return resource;
    }

    /** Walks the model objects below {@code node} and fails on the first field the model did not recognise. */
    static void rejectUnknownFields(String path, Object node) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                rejectUnknownFields(path + "[" + i++ + "]", item);
            }
            return;
        }
        if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> rejectUnknownFields(path + "." + key, value));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> type = node.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object value = read(field, node);
                if (field.getName().equals("additionalProperties")) {
                    if (value instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                        throw new AssertionError(path + ": unknown field(s) " + unknown.keySet());
                    }
                } else {
                    rejectUnknownFields(path + "." + field.getName(), value);
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
