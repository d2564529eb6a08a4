package dev.chatlab.grader.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The options a module's {@code pom.xml} gives the JVM its tests run in, read from its Surefire configuration:
 * the {@code argLine} and the {@code systemPropertyVariables} (lab05's tests, for one, need native access and a
 * preferences folder of their own). A stage's tests run with the same options, so they behave as in the module's
 * build.
 */
final class SurefireSettings {

    private SurefireSettings() {
    }

    /**
     * The JVM options of the module whose pom is {@code pom}, with {@code ${project.build.directory}} standing for
     * {@code buildDirectory} and {@code ${project.basedir}} for the pom's folder; none if it configures none.
     *
     * @throws IllegalStateException if the pom cannot be read, or an option uses another property
     */
    static List<String> jvmOptions(Path pom, Path buildDirectory) throws IOException {
        Map<String, String> properties = Map.of("${project.build.directory}", buildDirectory.toString(),
                "${project.basedir}", pom.toAbsolutePath().getParent().toString());
        List<String> options = new ArrayList<>();
        for (Element configuration : surefireConfigurations(pom)) {
            for (Element argLine : children(configuration, "argLine")) {
                options.addAll(Arrays.asList(argLine.getTextContent().strip().split("\\s+")));
            }
            for (Element variables : children(configuration, "systemPropertyVariables")) {
                for (Element variable : children(variables, null)) {
                    options.add("-D" + variable.getTagName() + "=" + variable.getTextContent().strip());
                }
            }
        }
        List<String> resolved = new ArrayList<>();
        for (String option : options) {
            for (Map.Entry<String, String> property : properties.entrySet()) {
                option = option.replace(property.getKey(), property.getValue());
            }
            if (option.contains("${")) {
                throw new IllegalStateException(pom + ": cannot resolve the test JVM option " + option);
            }
            resolved.add(option);
        }
        return resolved.stream().filter(option -> !option.isEmpty()).toList();
    }

    private static List<Element> surefireConfigurations(Path pom) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList plugins = factory.newDocumentBuilder().parse(pom.toFile()).getElementsByTagName("plugin");
            List<Element> configurations = new ArrayList<>();
            for (int i = 0; i < plugins.getLength(); i++) {
                Element plugin = (Element) plugins.item(i);
                boolean surefire = children(plugin, "artifactId").stream()
                        .anyMatch(id -> id.getTextContent().strip().equals("maven-surefire-plugin"));
                if (surefire) {
                    configurations.addAll(children(plugin, "configuration"));
                }
            }
            return configurations;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    /** The child elements of {@code parent} called {@code name}, or all of them if {@code name} is null. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && (name == null || element.getTagName().equals(name))) {
                found.add(element);
            }
        }
        return found;
    }
}
