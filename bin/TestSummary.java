// bin/test's last lines, read from the JUnit XML reports of surefire and failsafe (run with the JDK's source launcher:
// java bin/TestSummary.java DIR…): each failed test's name, first message line and where in the test it failed, then
// one line "N passed, N failed, N skipped". Exit status 1 when a test failed, 2 when no report was found.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

public class TestSummary {
    public static void main(String[] args) throws Exception {
        int passed = 0, failed = 0, skipped = 0, reports = 0;
        List<String> failures = new ArrayList<>();
        var factory = DocumentBuilderFactory.newInstance();
        for (String dir : args) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.list(d)) {
                files = s.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
            }
            for (Path f : files) {
                reports++;
                NodeList cases = factory.newDocumentBuilder().parse(f.toFile()).getElementsByTagName("testcase");
                for (int i = 0; i < cases.getLength(); i++) {
                    Element c = (Element) cases.item(i);
                    Element problem = child(c, "failure");
                    if (problem == null) problem = child(c, "error");
                    if (problem != null) {
                        failed++;
                        failures.add(describe(c, problem));
                    } else if (child(c, "skipped") != null) skipped++;
                    else passed++;
                }
            }
        }
        failures.forEach(System.out::println);
        if (reports == 0) System.out.println("no test reports (the build failed before the tests ran?)");
        System.out.printf("%d passed, %d failed, %d skipped%n", passed, failed, skipped);
        System.exit(failed > 0 ? 1 : reports == 0 ? 2 : 0);
    }

    private static Element child(Element e, String tag) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element el && el.getTagName().equals(tag)) return el;
        return null;
    }

    /** "FAILED Class#test: first message line (Test.java:42)". */
    private static String describe(Element testcase, Element problem) {
        String cls = testcase.getAttribute("classname");
        String message = firstLine(problem.getAttribute("message"));
        String trace = problem.getTextContent();
        if (message.isEmpty()) message = firstLine(trace);
        if (message.isEmpty()) message = problem.getAttribute("type");
        String simple = cls.substring(cls.lastIndexOf('.') + 1);
        String where = "";
        for (String line : trace.split("\n")) {
            line = line.strip();
            if (line.startsWith("at " + cls + ".") || line.startsWith("at " + cls + "$")) {
                where = " " + line.substring(line.lastIndexOf('('));
                break;
            }
        }
        return "FAILED " + simple + "#" + testcase.getAttribute("name") + ": " + message + where;
    }

    private static String firstLine(String s) {
        for (String line : s.split("\n")) if (!line.isBlank()) return line.strip();
        return "";
    }
}
