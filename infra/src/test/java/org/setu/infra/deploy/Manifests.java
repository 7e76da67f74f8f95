package org.setu.infra.deploy;

import java.util.LinkedHashMap;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the deployment files, the image's Jib configuration and the environment names the code reads. */
final class Manifests {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)[:}]");

    private Manifests() {
    }

    /** Every document of every YAML file under deploy/kubernetes, in file order. */
    static List<Map<String, Object>> kubernetes() {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("deploy/kubernetes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object doc : new Yaml().loadAll(Files.readString(file))) {
                    docs.add(map(doc));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static String kubernetesText(String file) {
        try {
            return Files.readString(ROOT.resolve("deploy/kubernetes").resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> kind(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in deploy/kubernetes"));
    }

    static Map<String, Object> compose() {
        try {
            return map(new Yaml().load(Files.readString(ROOT.resolve("deploy/compose.yaml"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment names the application reads: placeholders in application.yml and in the Java sources. */
    static Set<String> environmentNamesTheCodeReads() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().contains("/src/main/") && (f.toString().endsWith(".java")
                    || f.getFileName().toString().equals("application.yml"))).toList()) {
                Matcher m = PLACEHOLDER.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The image's Jib settings from infra/pom.xml: the reference (project version resolved), user, env, volumes. */
    record Image(String reference, String user, Map<String, String> environment, List<String> volumes) {
    }

    static Image image() {
        try {
            var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("infra/pom.xml").toFile());
            Element root = pom.getDocumentElement();
            String version = text(root, "parent", "version");
            String reference = text(root, "properties", "setu.image").replace("${project.version}", version);
            Element container = (Element) root.getElementsByTagName("container").item(0);
            Map<String, String> env = new LinkedHashMap<>();
            NodeList vars = ((Element) container.getElementsByTagName("environment").item(0)).getChildNodes();
            for (int i = 0; i < vars.getLength(); i++) {
                if (vars.item(i) instanceof Element var) {
                    env.put(var.getTagName(), var.getTextContent().strip());
                }
            }
            List<String> volumes = new ArrayList<>();
            NodeList volumeNodes = container.getElementsByTagName("volume");
            for (int i = 0; i < volumeNodes.getLength(); i++) {
                volumes.add(volumeNodes.item(i).getTextContent().strip());
            }
            return new Image(reference, text(container, "user"), env, volumes);
        } catch (Exception e) {
            throw new IllegalStateException("infra/pom.xml cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(Element parent, String... path) {
        Element e = parent;
        for (String name : path) {
            e = (Element) e.getElementsByTagName(name).item(0);
        }
        return e.getTextContent().strip();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    static Object at(Map<String, Object> doc, String... path) {
        Object o = doc;
        for (String key : path) {
            o = o == null ? null : map(o).get(key);
        }
        return o;
    }
}
