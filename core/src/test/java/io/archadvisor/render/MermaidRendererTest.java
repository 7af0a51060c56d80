package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.base.InvalidSettingException;
import io.archadvisor.graph.Component;
import io.archadvisor.graph.ComponentKind;
import io.archadvisor.graph.Flow;
import io.archadvisor.graph.RecommendationGraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MermaidRendererTest {

    @Test
    void eachKindOfComponentHasItsShapeAndAsyncFlowsAreDotted() {
        GraphBuilder b = new GraphBuilder();
        for (ComponentKind kind : ComponentKind.values()) {
            b.add(new Component(kind.name().toLowerCase(java.util.Locale.ROOT), kind, "a " + kind))
                    .by("ARCH");
        }
        b.add(new Flow("client", "gateway", "HTTPS", false)).by("ARCH");
        b.add(new Flow("service", "queue", "OrderPlaced", true)).by("ARCH");
        b.add(new Flow("queue", "function", "", true)).by("ARCH");
        assertEquals("""
                flowchart LR
                  accTitle: Architecture diagram
                  accDescr: 11 components and 3 flows
                  c1(["client"])
                  c2{{"edge"}}
                  c3[/"gateway"\\]
                  c4["service"]
                  c5[["module"]]
                  c6[/"function"/]
                  c7[("datastore")]
                  c8(("cache"))
                  c9>"queue"]
                  c10[\\"observability"\\]
                  c11("external")
                  c1 -->|"HTTPS"| c3
                  c9 -.-> c6
                  c4 -.->|"OrderPlaced"| c9
                  classDef external stroke-dasharray: 5 5
                  class c11 external
                """, MermaidRenderer.standard().render(b.build()));
    }

    @Test
    void aFlowToANameThatIsNoComponentGetsADashedBoxOfItsOwn() {
        GraphBuilder b = new GraphBuilder();
        b.add(new Component("orders", ComponentKind.SERVICE, "orders")).by("ARCH");
        b.add(new Flow("orders", "Fraud API", "score", false)).by("ARCH");
        String diagram = MermaidRenderer.standard().render(b.build());
        assertTrue(diagram.contains("  x1(\"Fraud API\")\n  c1 -->|\"score\"| x1\n"), diagram);
        assertTrue(diagram.endsWith("  class x1 external\n"), diagram);
    }

    @Test
    void aGraphWithoutComponentsSaysSoInAValidDiagram() {
        assertEquals("""
                flowchart LR
                  accTitle: Architecture diagram
                  accDescr: No components were derived
                  empty["No components were derived, so there is nothing to draw yet"]
                """, MermaidRenderer.standard().render(Fixtures.nothing()));
    }

    @Test
    void nodeIdsAreGeneratedSoNoNameIsEverAnId() {
        RecommendationGraph g = Fixtures.hostile();
        List<String> lines =
                MermaidRenderer.standard().render(g).lines().skip(3).toList();
        for (String line : lines) {
            assertTrue(
                    line.matches("  (c\\d+|x\\d+)(\\(|\\[|\\{|>| -->| -\\.->).*") || line.startsWith("  class"),
                    () -> "a line that starts with something other than a generated id: " + line);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '⇒',
            quoteCharacter = '\'',
            value = {
                "Orders ⇒ Orders",
                "Orders \"v2\" ⇒ Orders #34;v2#34;",
                "a#b;c ⇒ a#35;b#59;c",
                "%%{init}%% ⇒ #37;#37;{init}#37;#37;",
                "<b>x</b> & y ⇒ #60;b#62;x#60;/b#62; #38; y",
                "a|b ⇒ a#124;b",
                "`code` ⇒ #96;code#96;",
                "fa:fa-car ⇒ fa#58;fa-car",
                "$$x$$ ~y~ ⇒ #36;#36;x#36;#36; #126;y#126;",
                "x direction TB ⇒ x direction#32;TB",
                "Direction   lr ⇒ Direction#32;  lr",
                "Größe 注文 ⇒ Größe 注文",
                "≥ 🚀 ⇒ #8805; #128640;",
                "(round) [square] {curly} ⇒ (round) [square] {curly}"
            })
    void labelsKeepLettersAndWriteSyntaxAsEntityCodes(String name, String label) {
        assertEquals(label.strip(), MermaidRenderer.label(name.strip()));
    }

    @Test
    void lineBreaksInNamesBecomeSpaces() {
        assertEquals("one two three", MermaidRenderer.label("one\ntwo\r\n\tthree"));
    }

    @Test
    void theDirectionCanBeChosenAmongMermaidsOwn() {
        assertTrue(MermaidRenderer.standard()
                .direction("TB")
                .render(Fixtures.nothing())
                .startsWith("flowchart TB\n"));
        InvalidSettingException e = assertThrows(
                InvalidSettingException.class, () -> MermaidRenderer.standard().direction("sideways"));
        assertTrue(e.getMessage().contains("`sideways`") && e.getMessage().contains("LR"), e.getMessage());
    }
}
