package dev.steadfast.bom.alignment;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every version that dev.steadfast:steadfast-bom manages (its effective dependencyManagement, imports expanded) must
 * equal the version of the jar with the same artifactId in the provisioned WildFly's modules/system/layers/base.
 * Artifacts the server does not ship (test libraries, clients, drivers) are not compared, but a set of key artifacts
 * must be found, so that a broken lookup cannot pass silently.
 *
 * <p>
 * Inputs, set by the module's pom: {@code steadfast.effective.pom} (written by help:effective-pom) and
 * {@code steadfast.wildfly.home} (wildfly-dist unpacked by the dependency plugin).
 */
class BomAlignmentTest {

    /** Below this many managed artifacts found in modules/, the lookup is broken rather than the BOM small. */
    private static final int MIN_FOUND_IN_SERVER = 250;

    /** groupId:artifactId that the BOM must manage AND the server must ship. */
    private static final List<String> KEY_ARTIFACTS = List.of(
            // MicroProfile APIs
            "org.eclipse.microprofile.config:microprofile-config-api",
            "org.eclipse.microprofile.fault-tolerance:microprofile-fault-tolerance-api",
            "org.eclipse.microprofile.health:microprofile-health-api",
            "org.eclipse.microprofile.jwt:microprofile-jwt-auth-api",
            "org.eclipse.microprofile.openapi:microprofile-openapi-api",
            "org.eclipse.microprofile.rest.client:microprofile-rest-client-api",
            "org.eclipse.microprofile.lra:microprofile-lra-api",
            "org.eclipse.microprofile.reactive-streams-operators:microprofile-reactive-streams-operators-api",
            "org.eclipse.microprofile.reactive-streams-operators:microprofile-reactive-streams-operators-core",
            // Persistence and clustering
            "org.hibernate.orm:hibernate-core",
            "org.infinispan:infinispan-core",
            "org.jgroups:jgroups",
            "com.h2database:h2",
            // Jakarta EE APIs
            "jakarta.activation:jakarta.activation-api",
            "jakarta.annotation:jakarta.annotation-api",
            "jakarta.authentication:jakarta.authentication-api",
            "jakarta.authorization:jakarta.authorization-api",
            "jakarta.batch:jakarta.batch-api",
            "jakarta.ejb:jakarta.ejb-api",
            "jakarta.enterprise:jakarta.enterprise.cdi-api",
            "jakarta.enterprise.concurrent:jakarta.enterprise.concurrent-api",
            "jakarta.inject:jakarta.inject-api",
            "jakarta.interceptor:jakarta.interceptor-api",
            "jakarta.jms:jakarta.jms-api",
            "jakarta.json:jakarta.json-api",
            "jakarta.json.bind:jakarta.json.bind-api",
            "jakarta.mail:jakarta.mail-api",
            "jakarta.persistence:jakarta.persistence-api",
            "jakarta.resource:jakarta.resource-api",
            "jakarta.security.enterprise:jakarta.security.enterprise-api",
            "jakarta.servlet:jakarta.servlet-api",
            "jakarta.servlet.jsp:jakarta.servlet.jsp-api",
            "jakarta.transaction:jakarta.transaction-api",
            "jakarta.validation:jakarta.validation-api",
            "jakarta.websocket:jakarta.websocket-api",
            "jakarta.ws.rs:jakarta.ws.rs-api",
            "jakarta.xml.bind:jakarta.xml.bind-api",
            // Artifacts steadfast-bom overrides because WildFly's 39.0.0 BOM lags the 39.0.1 server
            "org.wildfly.core:wildfly-controller-client",
            "org.wildfly.security:wildfly-elytron-base",
            "io.undertow:undertow-core");

    /** One entry of the effective dependencyManagement. */
    record Managed(String groupId, String artifactId, String version, String type, String classifier) {
        String ga() {
            return groupId + ":" + artifactId;
        }

        @Override
        public String toString() {
            return groupId + ":" + artifactId + ":" + version
                    + ("jar".equals(type) ? "" : ":" + type)
                    + (classifier.isEmpty() ? "" : ":" + classifier);
        }
    }

    /** A jar under modules/: its file name and the module directory it is in. */
    record ModuleJar(String fileName, String moduleDir) {
    }

    /** What the server ships for one artifactId: version (as in the file name) to the module dirs holding it. */
    record ServerArtifact(Map<String, TreeSet<String>> versions) {
        boolean has(String version) {
            // A jar name is artifactId-version.jar or artifactId-version-classifier.jar.
            return versions.keySet().stream().anyMatch(v -> v.equals(version) || v.startsWith(version + "-"));
        }

        String describe() {
            return versions.entrySet().stream()
                    .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                    .collect(Collectors.joining("; "));
        }
    }

    private static Path effectivePom;
    private static Path modulesBase;
    private static List<Managed> managed;
    private static List<ModuleJar> jars;

    @BeforeAll
    static void load() throws Exception {
        effectivePom = Paths.get(requiredProperty("steadfast.effective.pom"));
        Path wildflyHome = Paths.get(requiredProperty("steadfast.wildfly.home"));
        modulesBase = wildflyHome.resolve("modules/system/layers/base");

        assertTrue(Files.isRegularFile(effectivePom), "No effective POM at " + effectivePom
                + ": maven-help-plugin's effective-pom execution (phase initialize) should have written it.");
        assertTrue(Files.isDirectory(modulesBase), "No WildFly modules at " + modulesBase
                + ": maven-dependency-plugin should have unpacked org.wildfly:wildfly-dist:"
                + System.getProperty("steadfast.wildfly.version") + ":zip there (or -Dsteadfast.wildfly.home is wrong).");

        managed = readManaged(effectivePom);
        jars = listJars(modulesBase);
        System.out.printf("[alignment] %d managed artifacts in %s; %d jars under %s%n",
                managed.size(), effectivePom, jars.size(), modulesBase);
    }

    @Test
    void everyManagedVersionEqualsTheJarInTheServer() {
        List<String> mismatches = new ArrayList<>();
        List<String> notShipped = new ArrayList<>();
        int found = 0;
        for (Managed m : managed) {
            Optional<ServerArtifact> server = lookup(m.artifactId());
            if (server.isEmpty()) {
                notShipped.add(m.toString());
                continue;
            }
            found++;
            if (!server.get().has(m.version())) {
                mismatches.add(String.format("  %-75s BOM %-20s server %s",
                        m.groupId() + ":" + m.artifactId(), m.version(), server.get().describe()));
            }
        }
        System.out.printf("[alignment] %d managed artifacts found in the server, %d not shipped by it (not compared):%n  %s%n",
                found, notShipped.size(), String.join("\n  ", notShipped));
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " artifact(s) managed by steadfast-bom at a version other than the jar in "
                    + modulesBase + " (override them in platform-bom/pom.xml with the server's version):\n"
                    + String.join("\n", mismatches));
        }
    }

    @Test
    void keyArtifactsAreManagedAndFoundInTheServer() {
        Map<String, Managed> byGa = new TreeMap<>();
        managed.forEach(m -> byGa.putIfAbsent(m.ga(), m));
        List<String> problems = new ArrayList<>();
        for (String ga : KEY_ARTIFACTS) {
            Managed m = byGa.get(ga);
            if (m == null) {
                problems.add("  " + ga + ": not managed by steadfast-bom");
                continue;
            }
            Optional<ServerArtifact> server = lookup(m.artifactId());
            if (server.isEmpty()) {
                problems.add("  " + m + ": no " + m.artifactId() + "-<version>*.jar under " + modulesBase);
            } else if (!server.get().has(m.version())) {
                problems.add("  " + m + ": server has " + server.get().describe());
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " key artifact(s) not aligned with the server (is the jar lookup broken?):\n"
                    + String.join("\n", problems));
        }
    }

    @Test
    void enoughManagedArtifactsAreFoundInTheServer() {
        long found = managed.stream().filter(m -> lookup(m.artifactId()).isPresent()).count();
        assertTrue(found >= MIN_FOUND_IN_SERVER, "Only " + found + " of the " + managed.size()
                + " artifacts steadfast-bom manages were found as jars under " + modulesBase
                + "; expected at least " + MIN_FOUND_IN_SERVER
                + ": the effective POM or the modules/ walk is probably broken.");
    }

    /**
     * The jars named {@code artifactId-<version>[-classifier].jar}, where the version starts with a digit, so that
     * {@code infinispan-core} does not match {@code infinispan-core-xyz-1.0.jar}. A module dir may hold several
     * versions, and two artifacts (different groupIds) may share an artifactId: all versions seen are collected.
     */
    static Optional<ServerArtifact> lookup(String artifactId) {
        String prefix = artifactId + "-";
        Map<String, TreeSet<String>> versions = new TreeMap<>();
        for (ModuleJar jar : jars) {
            String name = jar.fileName();
            if (name.length() > prefix.length() + ".jar".length()
                    && name.startsWith(prefix)
                    && Character.isDigit(name.charAt(prefix.length()))) {
                String version = name.substring(prefix.length(), name.length() - ".jar".length());
                versions.computeIfAbsent(version, v -> new TreeSet<>()).add(jar.moduleDir());
            }
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(new ServerArtifact(versions));
    }

    static List<ModuleJar> listJars(Path base) throws IOException {
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .map(p -> new ModuleJar(p.getFileName().toString(),
                            base.relativize(p.getParent()).toString().replace('\\', '/')))
                    .sorted(Comparator.comparing(ModuleJar::fileName))
                    .collect(Collectors.toList());
        }
    }

    /** project/dependencyManagement/dependencies/dependency of the effective POM. */
    static List<Managed> readManaged(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setExpandEntityReferences(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(pom.toFile());

        Element project = doc.getDocumentElement();
        if ("projects".equals(project.getTagName())) {
            // help:effective-pom run from the command line over a reactor wraps all projects: take ours.
            project = children(project, "project").stream()
                    .filter(p -> "steadfast-bom-alignment".equals(text(p, "artifactId")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No steadfast-bom-alignment project in " + pom));
        }
        Element dm = child(project, "dependencyManagement")
                .orElseThrow(() -> new AssertionError("No dependencyManagement in " + pom));
        Element deps = child(dm, "dependencies")
                .orElseThrow(() -> new AssertionError("No dependencyManagement/dependencies in " + pom));

        List<Managed> result = new ArrayList<>();
        for (Element d : children(deps, "dependency")) {
            Managed m = new Managed(text(d, "groupId"), text(d, "artifactId"), text(d, "version"),
                    Optional.ofNullable(text(d, "type")).orElse("jar"),
                    Optional.ofNullable(text(d, "classifier")).orElse(""));
            if (m.groupId() == null || m.artifactId() == null || m.version() == null) {
                throw new AssertionError("Incomplete managed dependency in " + pom + ": " + m);
            }
            if (m.version().contains("${")) {
                throw new AssertionError("Uninterpolated version in " + pom + ": " + m);
            }
            result.add(m);
        }
        if (result.isEmpty()) {
            throw new AssertionError("Empty dependencyManagement in " + pom);
        }
        return result;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(e.getTagName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static Optional<Element> child(Element parent, String tag) {
        return children(parent, tag).stream().findFirst();
    }

    private static String text(Element parent, String tag) {
        return child(parent, tag).map(e -> e.getTextContent().trim()).orElse(null);
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name
                    + " is not set: run this test through Maven (see platform-bom-alignment/README.md).");
        }
        return value;
    }
}
