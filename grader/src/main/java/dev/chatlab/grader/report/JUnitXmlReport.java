package dev.chatlab.grader.report;

import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The results as JUnit XML, which CI servers and learning platforms read: one {@code <testsuite>} per lab,
 * one {@code <testcase>} per check, a {@code <failure>} with the full explanation for each failed check.
 * Points are in each test case's {@code <properties>}.
 */
public final class JUnitXmlReport {

    private JUnitXmlReport() {
    }

    /** Writes {@code result} to {@code file}, replacing it. */
    public static void write(GradeResult result, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "chatlab");
            for (LabResult lab : result.labs()) {
                writeLab(xml, lab);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeLab(XMLStreamWriter xml, LabResult lab) throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", lab.title());
        xml.writeAttribute("tests", Integer.toString(lab.checks().size()));
        xml.writeAttribute("failures", Long.toString(count(lab, CheckResult.Status.FAILED)));
        xml.writeAttribute("skipped", Long.toString(count(lab, CheckResult.Status.SKIPPED)));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("time", seconds(lab.checks().stream()
                .mapToLong(check -> check.duration().toMillis()).sum()));
        if (lab.isPartial()) {
            xml.writeStartElement("properties");
            property(xml, "partial_run", lab.partial());
            xml.writeEndElement();
        }
        for (CheckResult check : lab.checks()) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", check.name());
            xml.writeAttribute("classname", lab.title() + "." + check.suite());
            xml.writeAttribute("time", seconds(check.duration().toMillis()));
            xml.writeStartElement("properties");
            property(xml, "points", Integer.toString(check.points()));
            property(xml, "max_points", Integer.toString(check.maxPoints()));
            xml.writeEndElement();
            switch (check.status()) {
                case FAILED -> {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", check.headline().isEmpty() ? "failed" : check.headline());
                    xml.writeCharacters(check.explanation());
                    xml.writeEndElement();
                }
                case SKIPPED -> {
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", check.failure());
                }
                case PASSED -> { }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static long count(LabResult lab, CheckResult.Status status) {
        return lab.checks().stream().filter(check -> check.status() == status).count();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
