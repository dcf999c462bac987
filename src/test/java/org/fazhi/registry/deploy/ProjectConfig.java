package org.fazhi.registry.deploy;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the manifests must agree with, read from the build itself: the production view of
 * {@code application.properties} (a {@code %prod.} entry wins over the plain one) and the version in {@code pom.xml}.
 */
final class ProjectConfig {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path K8S = ROOT.resolve("k8s");

    private final Properties properties = new Properties();
    private final Document pom;

    private ProjectConfig() {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
            pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the build configuration", e);
        }
    }

    static ProjectConfig load() {
        return new ProjectConfig();
    }

    /** A setting as the production build sees it, or {@code fallback} (the Quarkus default) when it is not set. */
    String setting(String key, String fallback) {
        String value = properties.getProperty("%prod." + key, properties.getProperty(key, fallback));
        return value.trim();
    }

    int httpPort() {
        return Integer.parseInt(setting("quarkus.http.port", "8080"));
    }

    /** {@code /q/health/live} and its siblings, honouring the paths the application may have moved. */
    String healthPath(String probe, String defaultSuffix) {
        String nonApplicationRoot = trimSlashes(setting("quarkus.http.non-application-root-path", "q"));
        String healthRoot = trimSlashes(setting("quarkus.smallrye-health.root-path", "health"));
        String suffix = trimSlashes(setting("quarkus.smallrye-health." + probe + "-path", defaultSuffix));
        return "/" + nonApplicationRoot + "/" + healthRoot + "/" + suffix;
    }

    String metricsPath() {
        return "/" + trimSlashes(setting("quarkus.http.non-application-root-path", "q")) + "/"
                + trimSlashes(setting("quarkus.micrometer.export.prometheus.path", "metrics"));
    }

    /** The image repository Jib builds: {@code registry/group/name}, without the tag. */
    String imageRepository() {
        String name = setting("quarkus.container-image.name", artifactId());
        String group = setting("quarkus.container-image.group", "");
        String registry = setting("quarkus.container-image.registry", "");
        String repository = group.isEmpty() ? name : group + "/" + name;
        return registry.isEmpty() ? repository : registry + "/" + repository;
    }

    /** The tag of the JVM image: Jib's default is the project version. */
    String jvmImageTag() {
        return setting("quarkus.container-image.tag", version());
    }

    /** The tag of the native image, set by the {@code native} Maven profile. */
    String nativeImageTag() {
        Element profile = nativeProfile();
        Node tag = profile.getElementsByTagName("quarkus.container-image.tag").item(0);
        if (tag == null) {
            throw new AssertionError("the native profile sets no quarkus.container-image.tag");
        }
        return tag.getTextContent().trim().replace("${project.version}", version());
    }

    String version() {
        return topLevel("version");
    }

    private String artifactId() {
        return topLevel("artifactId");
    }

    private String topLevel(String tag) {
        for (Node child = pom.getDocumentElement().getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeName().equals(tag)) {
                return child.getTextContent().trim();
            }
        }
        throw new AssertionError("pom.xml has no " + tag);
    }

    private Element nativeProfile() {
        var profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if ("native".equals(profile.getElementsByTagName("id").item(0).getTextContent().trim())) {
                return profile;
            }
        }
        throw new AssertionError("pom.xml has no native profile");
    }

    private static String trimSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
