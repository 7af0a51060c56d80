package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.Component;
import io.archadvisor.graph.RecommendationGraph;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens HTML reports in headless Chromium, offline: Mermaid draws the diagram as SVG with every component's name, the
 * page paints (a screenshot shows the diagram's boxes), and hostile names run no script.
 *
 * <p>Needs Chromium on the path ({@code apt-get install chromium}) and the Mermaid bundle ({@code npm ci --prefix
 * tools/mermaid-check} before the build). Without them the tests are skipped, saying so; in CI ({@code CI=true}) or with
 * {@code -Darchadvisor.requireMermaid=true} they fail instead.
 */
class HtmlReportBrowserTest {

    /** Mermaid's default fill of a flowchart box, which nothing else on the page uses. */
    private static final int MERMAID_BOX_FILL = 0xECECFF;

    private static Path workDir;
    private static Optional<Path> chromium;

    @BeforeAll
    static void findChromium() throws IOException {
        workDir = Goldens.moduleDir().resolve("target/html-report");
        Files.createDirectories(workDir);
        chromium = Optional.empty();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (chromium.isEmpty() && Files.isExecutable(p)) {
                    chromium = Optional.of(p);
                }
            }
        }
    }

    private static void assumeBrowser() {
        MermaidParserTest.need(
                chromium.isPresent(),
                "Chromium is not on the path; install it (Debian: `apt-get install"
                        + " chromium`) to open the HTML report in a browser");
        MermaidParserTest.need(
                HtmlRenderer.mermaidBundled(),
                "This build has no Mermaid bundle; run `npm ci --prefix"
                        + " tools/mermaid-check` from the project root, then build again");
    }

    /** Runs headless Chromium on the file with these extra arguments, in a fresh profile, and returns its output. */
    private static String chromium(Path page, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "profile-");
        List<String> command = new ArrayList<>(List.of(
                chromium.orElseThrow().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=30000"));
        command.addAll(List.of(args));
        command.add(page.toUri().toString());
        Path stderr = workDir.resolve(page.getFileName() + ".stderr.txt");
        Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(240, TimeUnit.SECONDS), "Chromium did not finish; see " + stderr);
            assertEquals(0, p.exitValue(), () -> "Chromium failed; see " + stderr);
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path f : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a profile file still held by an exiting browser process; target/ is cleaned by the build
        }
    }

    private static Path write(String name, RecommendationGraph graph) throws IOException {
        Path page = workDir.resolve(name + ".html");
        Files.writeString(page, Format.HTML.render(graph), StandardCharsets.UTF_8);
        return page;
    }

    @Test
    void mermaidDrawsTheDiagramAsSvgWithEveryComponentInIt() throws Exception {
        assumeBrowser();
        RecommendationGraph graph = Fixtures.ordersPlatform();
        String dom = chromium(write("orders-platform", graph), "--dump-dom");
        assertTrue(
                dom.contains(HtmlRenderer.STATE_ATTRIBUTE + "=\"rendered\""),
                () -> "Mermaid did not finish:\n" + dom.substring(0, Math.min(dom.length(), 3000)));
        Matcher diagram = Pattern.compile("<pre class=\"mermaid\"[^>]*>\\s*(<svg.*?</svg>)\\s*</pre>", Pattern.DOTALL)
                .matcher(dom);
        assertTrue(diagram.find(), "the diagram block holds an SVG now");
        String svg = diagram.group(1);
        Matcher viewBox = Pattern.compile("viewBox=\"[-0-9.]+ [-0-9.]+ ([0-9.]+) ([0-9.]+)\"")
                .matcher(svg);
        assertTrue(
                viewBox.find()
                        && Double.parseDouble(viewBox.group(1)) > 100
                        && Double.parseDouble(viewBox.group(2)) > 50,
                "the SVG has a size");
        for (Component c : graph.nodes(Component.class)) {
            assertTrue(svg.contains(">" + c.name() + "<"), () -> "the diagram shows " + c.name());
        }
    }

    @Test
    void aScreenshotOfThePageShowsTheDiagramsBoxes() throws Exception {
        assumeBrowser();
        Path shot = workDir.resolve("orders-platform.png");
        Files.deleteIfExists(shot);
        chromium(
                write("orders-platform-shot", Fixtures.ordersPlatform()),
                "--window-size=1400,3200",
                "--screenshot=" + shot);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertTrue(image != null, "Chromium wrote a PNG screenshot");
        int boxPixels = 0;
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb == MERMAID_BOX_FILL) {
                    boxPixels++;
                }
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        long total = (long) image.getWidth() * image.getHeight();
        assertTrue(inked > total / 50, "the page is not blank: " + inked + " of " + total + " pixels are not white");
        assertTrue(boxPixels > 2000, "the diagram's boxes are painted: " + boxPixels + " pixels of their fill");
    }

    @Test
    void hostileNamesRunNoScriptAndStillDraw() throws Exception {
        assumeBrowser();
        String dom = chromium(write("hostile", Fixtures.hostile()), "--dump-dom");
        assertTrue(dom.contains(HtmlRenderer.STATE_ATTRIBUTE + "=\"rendered\""), "Mermaid drew the hostile diagram");
        assertEquals(2, dom.split("<script", -1).length - 1, "the page's own two scripts, and no other");
        assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "a <script> name is text");
        assertTrue(dom.contains("<svg"), "the diagram is drawn");
    }
}
