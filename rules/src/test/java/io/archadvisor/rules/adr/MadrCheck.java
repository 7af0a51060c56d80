package io.archadvisor.rules.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * (The same check as in the core module's ADR tests.) Checks a record the way a reader would: MADR front matter (status, optional date, nothing else), then a body that a
 * real CommonMark parser reads as one title, the MADR sections in their order, no HTML but the archadvisor marker at
 * the end, and links only to web pages or to other records.
 */
final class MadrCheck {

    static final List<String> SECTIONS = List.of(
            "Context and Problem Statement",
            "Decision Drivers",
            "Considered Options",
            "Decision Outcome",
            "Pros and Cons of the Options",
            "More Information");

    private MadrCheck() {}

    /** Asserts that the text is a valid MADR record and returns its title as a reader sees it. */
    static String check(String fileName, String content) {
        assertTrue(content.startsWith("---\n"), fileName + " starts with front matter");
        int end = content.indexOf("\n---\n", 3);
        assertTrue(end > 0, fileName + " closes its front matter");
        for (String line : content.substring(4, end).split("\n")) {
            String[] kv = line.split(": ", 2);
            assertEquals(2, kv.length, fileName + ": front matter line `" + line + "`");
            switch (kv[0]) {
                case "status" ->
                    assertTrue(
                            kv[1].matches("proposed|accepted|deprecated|superseded by ADR-\\d{4}"),
                            fileName + ": status `" + kv[1] + "`");
                case "date" -> LocalDate.parse(kv[1]);
                default -> throw new AssertionError(fileName + ": unexpected front matter key `" + kv[0] + "`");
            }
        }
        Node doc = Parser.builder().build().parse(content.substring(end + 5));
        List<Heading> headings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
                visitChildren(heading);
            }

            @Override
            public void visit(HtmlInline html) {
                problems.add("inline HTML `" + html.getLiteral() + "`");
            }

            @Override
            public void visit(HtmlBlock html) {
                if (html.getNext() != null || !html.getLiteral().startsWith("<!-- archadvisor-adr ")) {
                    problems.add("an HTML block `" + html.getLiteral().strip() + "`");
                }
            }

            @Override
            public void visit(Link link) {
                if (!link.getDestination().matches("https?://.*|\\d{4}-[^/]*\\.md")) {
                    problems.add("a link to `" + link.getDestination() + "`");
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                problems.add("an image `" + image.getDestination() + "`");
            }
        });
        assertEquals(List.of(), problems, fileName + " has no Markdown syntax from the graph's text");
        assertTrue(doc.getLastChild() instanceof HtmlBlock, fileName + " ends with the marker");
        assertTrue(
                !headings.isEmpty() && headings.get(0).getLevel() == 1 && doc.getFirstChild() == headings.get(0),
                fileName + " starts with its title");
        List<String> sections = headings.stream()
                .filter(h -> h.getLevel() == 2)
                .map(MadrCheck::text)
                .toList();
        assertEquals(1, headings.stream().filter(h -> h.getLevel() == 1).count(), fileName + " has one title");
        assertEquals(
                SECTIONS.stream().filter(sections::contains).toList(),
                sections,
                fileName + " has only MADR sections, in MADR's order");
        for (String required : List.of(
                "Context and Problem Statement", "Considered Options", "Decision Outcome", "More Information")) {
            assertTrue(sections.contains(required), fileName + " has the section " + required);
        }
        assertTrue(
                headings.stream().anyMatch(h -> h.getLevel() == 3 && text(h).equals("Consequences")),
                fileName + " has the consequences");
        return text(headings.get(0));
    }

    /** The text a reader sees in a node. */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString();
    }
}
