package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.ChecklistItem;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Severity;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * The JUnit XML report, read back by Maven Surefire's own report parser (the reader behind Maven's test reports, and
 * the shape Jenkins, GitLab and Azure DevOps read) and by the JDK's XML parser, which rejects anything that is not
 * well-formed XML 1.0.
 */
class JUnitRendererTest {

    static Stream<Arguments> fixtures() {
        Map<String, RecommendationGraph> all = new TreeMap<>(Fixtures.all());
        all.put("orders-platform, located", Fixtures.ordersPlatform().withSources(SarifLocationsTest.sources()));
        return all.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /** The report as Maven Surefire reads it: a suite per class name, the findings one class per code. */
    static List<ReportTestSuite> surefireSuites(String xml) throws Exception {
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        List<ReportTestSuite> suites = parser.parse(new InputStreamReader(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        assertTrue(parser.isValid(), "Surefire's parser accepts the report");
        return suites;
    }

    /** A suite as Surefire counted it. */
    record Suite(String name, int tests, int failures, int skipped, List<ReportTestCase> cases) {
        static Suite of(ReportTestSuite s) {
            return new Suite(
                    s.getFullClassName(),
                    s.getNumberOfTests(),
                    s.getNumberOfFailures(),
                    s.getNumberOfSkipped(),
                    s.getTestCases());
        }
    }

    /** The checklist suite and all findings as one suite, as Surefire reads them. */
    static List<Suite> surefire(String xml) throws Exception {
        List<ReportTestSuite> suites = surefireSuites(xml);
        assertEquals(JUnitRenderer.CHECKLIST_SUITE, suites.get(0).getFullClassName());
        List<ReportTestCase> cases = new java.util.ArrayList<>();
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (ReportTestSuite s : suites.subList(1, suites.size())) {
            assertTrue(
                    s.getFullClassName().equals(JUnitRenderer.FINDINGS_SUITE)
                            || s.getFullClassName().startsWith(JUnitRenderer.FINDINGS_SUITE + "."),
                    s.getFullClassName());
            cases.addAll(s.getTestCases());
            tests += s.getNumberOfTests();
            failures += s.getNumberOfFailures();
            skipped += s.getNumberOfSkipped();
        }
        return List.of(
                Suite.of(suites.get(0)), new Suite(JUnitRenderer.FINDINGS_SUITE, tests, failures, skipped, cases));
    }

    static Document dom(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void surefireReadsEveryChecklistItemAndFindingAsATestCase(String name, RecommendationGraph graph) throws Exception {
        String xml = Format.JUNIT.render(graph);
        List<Suite> suites = surefire(xml);
        Suite checklist = suites.get(0);
        assertEquals(ChecklistItem.values().length, checklist.tests());
        assertEquals(ChecklistItem.values().length, checklist.cases().size());
        for (int i = 0; i < ChecklistItem.values().length; i++) {
            ReportTestCase c = checklist.cases().get(i);
            ChecklistItem item = ChecklistItem.values()[i];
            assertEquals((i + 1) + ". " + item.text(), c.getName());
            var result =
                    graph.checklist().stream().filter(r -> r.item() == item).findFirst();
            switch (result.map(r -> r.status().name()).orElse("NOT_EVALUATED")) {
                case "FAIL" -> {
                    assertTrue(c.hasFailure(), c.getName());
                    assertEquals(result.get().evidence(), c.getFailureMessage());
                }
                case "PASS" -> assertTrue(c.isSuccessful(), c.getName());
                default -> assertTrue(c.hasSkipped(), c.getName());
            }
        }
        Suite findings = suites.get(1);
        long expected = graph.nodes().stream()
                .filter(n -> n instanceof io.archadvisor.graph.Finding)
                .count();
        assertEquals(expected, findings.tests());
        assertEquals(expected, findings.cases().size());
        assertEquals(expected - graph.waived().size(), findings.failures());
        assertEquals(graph.waived().size(), findings.skipped());
        for (ReportTestCase c : findings.cases()) {
            assertTrue(c.hasFailure() || c.hasSkipped(), c.getName());
        }
        assertEquals(xml, Format.JUNIT.render(graph), "the same graph gives the same bytes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theReportIsWellFormedXmlWhoseCountsAddUp(String name, RecommendationGraph graph) throws Exception {
        Document doc = dom(Format.JUNIT.render(graph));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        NodeList suites = root.getElementsByTagName("testsuite");
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            NodeList cases = suite.getElementsByTagName("testcase");
            assertEquals(cases.getLength(), Integer.parseInt(suite.getAttribute("tests")));
            assertEquals(
                    suite.getElementsByTagName("failure").getLength(),
                    Integer.parseInt(suite.getAttribute("failures")));
            assertEquals(
                    suite.getElementsByTagName("skipped").getLength(), Integer.parseInt(suite.getAttribute("skipped")));
            tests += cases.getLength();
            failures += suite.getElementsByTagName("failure").getLength();
            skipped += suite.getElementsByTagName("skipped").getLength();
        }
        assertEquals(tests, Integer.parseInt(root.getAttribute("tests")));
        assertEquals(failures, Integer.parseInt(root.getAttribute("failures")));
        assertEquals(skipped, Integer.parseInt(root.getAttribute("skipped")));
    }

    @Test
    void aFindingIsAFailureWithItsSeverityEvidenceRemediationAndTheLineItRestsOn() throws Exception {
        RecommendationGraph graph = Fixtures.ordersPlatform().withSources(SarifLocationsTest.sources());
        String xml = Format.JUNIT.render(graph);
        ReportTestCase spof = surefire(xml).get(1).cases().stream()
                .filter(c -> c.getName().startsWith("AP-SINGLE-POINT-OF-FAILURE in "))
                .findFirst()
                .orElseThrow();
        assertEquals("HIGH", spof.getFailureType());
        assertEquals(JUnitRenderer.FINDINGS_SUITE + ".AP-SINGLE-POINT-OF-FAILURE", spof.getFullClassName());
        assertTrue(spof.getFailureMessage().startsWith("one PostgreSQL instance"), spof.getFailureMessage());
        assertTrue(spof.getFailureDetail().startsWith("at requirements/system.yaml:8:23\n"), spof.getFailureDetail());
        assertTrue(
                spof.getFailureDetail().contains("Remediation: Run PostgreSQL with a synchronous standby"),
                spof.getFailureDetail());
        assertTrue(
                spof.getFailureDetail().contains("deployment.availabilityZones = 1 (requirements/system.yaml:8:23)"),
                spof.getFailureDetail());
        NodeList cases = dom(xml).getElementsByTagName("testcase");
        Element testcase = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(spof.getName())) {
                testcase = e;
            }
        }
        assertEquals("requirements/system.yaml", testcase.getAttribute("file"), "GitLab shows the file");
        assertEquals("8", testcase.getAttribute("line"));
    }

    @Test
    void aWaivedFindingIsSkippedWithTheWaiversReason() throws Exception {
        RecommendationGraph graph = Fixtures.ordersPlatform();
        List<ReportTestCase> skipped = surefire(Format.JUNIT.render(graph)).get(1).cases().stream()
                .filter(ReportTestCase::hasSkipped)
                .toList();
        assertEquals(graph.waived().size(), skipped.size());
        assertFalse(skipped.isEmpty());
        String xml = Format.JUNIT.render(graph);
        var waiver = graph.waived().values().iterator().next();
        assertTrue(xml.contains("<skipped message=\"waived: " + Xml.attribute(waiver.reason())), xml);
    }

    @Test
    void controlCharactersAndMarkupInNamesCannotBreakTheXml() throws Exception {
        GraphBuilder b = new GraphBuilder();
        String hostile =
                "]]></failure></testcase><testcase name=\"x\"/>\u0000\u0001\u001b\uFFFF\uD800 & \"quoted\" 'a'\r\n\ttab";
        b.add(new AntiPatternFinding("AP-H", hostile, Severity.CRITICAL, hostile, hostile, hostile))
                .by("AP-H");
        String xml = Format.JUNIT.render(b.build());
        Document doc = dom(xml);
        assertEquals(
                1,
                ((Element) doc.getElementsByTagName("testsuite").item(1))
                        .getElementsByTagName("testcase")
                        .getLength());
        ReportTestCase c = surefire(xml).get(1).cases().get(0);
        assertTrue(c.getName().contains("]]></failure></testcase>"), c.getName());
        assertTrue(
                c.getName().contains("\\u0000\\u0001\\u001b\\uffff\\ud800"), "illegal XML characters are spelled out");
        assertTrue(c.getFailureMessage().contains("\"quoted\" 'a'"), c.getFailureMessage());
    }

    @Test
    void theControlCheckRejectsBrokenXmlSoAPassMeansSomething() {
        String xml = Format.JUNIT.render(Fixtures.ordersPlatform());
        String broken = xml.replaceFirst("</testcase>", "</testcas>");
        assertThrows(SAXParseException.class, () -> dom(broken));
        assertThrows(SAXParseException.class, () -> dom(xml.replaceFirst("message=\"", "message=\"& ")));
    }
}
