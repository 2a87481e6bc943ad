package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /docs} in a real browser: it renders every operation of the document, with its access, and the only
 * requests it makes are to this server (the page and /openapi.json).
 */
class OpenApiDocsPageTest {
    @TempDir
    Path dir;

    @Test
    void inHeadlessChromiumThePageListsEveryOperationAndFetchesNothingElse() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), "No Chromium on PATH: skipping the /docs browser test. Install Debian's chromium package to run it.");
        int operations = OpenApiDocument.load().operations().size();
        try (ApiServer server = new ApiServer(dir);
             HeadlessChromium browser = new HeadlessChromium(chromium.get(), Files.createDirectories(dir.resolve("profile")))) {
            browser.open(server.url("/docs"));
            String rendered = "String(document.querySelectorAll('details.op .access').length)";
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (!browser.eval(rendered).equals(String.valueOf(operations)) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(browser.eval(rendered)).as("one entry with its access per operation").isEqualTo(String.valueOf(operations));
            assertThat(browser.eval("document.getElementById('out').textContent")).contains("/api/balance/{address}", "READ_ALL", "tpg_access_token")
                    .doesNotContain("Could not load");
            String origin = server.url("");
            String requests = browser.eval("performance.getEntriesByType('resource').map(e => e.name).join('\\n')");
            // The browser may ask this server for /favicon.ico on its own; nothing may go anywhere else.
            assertThat(requests.lines()).contains(origin + "/openapi.json").allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
        }
    }
}
