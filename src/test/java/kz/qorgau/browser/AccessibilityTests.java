package kz.qorgau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

import kz.qorgau.QorgauTest;
import kz.qorgau.TestDatabase;

/**
 * axe-core (the WebJar, run in Chromium by Playwright) on the sign-in page and on the start page and main page
 * of each role: no serious or critical accessibility violation. axe checks every rule on every element as always;
 * asked for violations only, it keeps one example of each passing rule rather than every passing element.
 */
@QorgauTest
class AccessibilityTests extends BrowserJourney {

    static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    /** Each demo user's start page and the page of their main work. */
    static final Map<String, String> MAIN_PAGES = Map.ofEntries(Map.entry("admin", "/admin/users"),
            Map.entry("investigator", "/cases"), Map.entry("supervisor", "/statistics"),
            Map.entry("prosecutor", "/cases"), Map.entry("court", "/cases"), Map.entry("inspector", "/victims/new"),
            Map.entry("migration", "/victims"), Map.entry("consul", "/victims"), Map.entry("caseworker", "/referrals"),
            Map.entry("hotline", "/victims/new"), Map.entry("analyst", "/statistics"), Map.entry("auditor", "/audit"));

    static String axe() throws IOException {
        try (InputStream script = AccessibilityTests.class.getClassLoader().getResourceAsStream(AXE)) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The serious and critical violations of the page as it is now: rule, impact and the first elements. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Page page) throws IOException {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe()));
        Map<String, Object> result = (Map<String, Object>) page.evaluate("""
                async () => {
                    const results = await axe.run(document, { resultTypes: ['violations'] });
                    return { passes: results.passes.length, violations: results.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => ({ id: v.id, impact: v.impact,
                                     nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') })) };
                }""");
        assertThat(((Number) result.get("passes")).intValue()).as("axe checked %s", page.url()).isPositive();
        List<Map<String, Object>> found = (List<Map<String, Object>>) result.get("violations");
        List<String> described = new ArrayList<>();
        for (Map<String, Object> violation : found) {
            described.add(page.url() + ": " + violation.get("id") + " (" + violation.get("impact") + ") at "
                    + violation.get("nodes"));
        }
        return described;
    }

    @Test
    void theSignInPageAndEachRolesPagesHaveNoSeriousViolations() throws IOException {
        List<String> all = new ArrayList<>();
        Page visitor = browser.newInspectablePage("http://localhost:" + port);
        visitor.navigate("/login");
        all.addAll(violations(visitor));
        visitor.context().close();
        for (Map.Entry<String, String> role : MAIN_PAGES.entrySet()) {
            Page page = browser.newInspectablePage("http://localhost:" + port);
            page.navigate("/login");
            page.locator("#username").fill(role.getKey());
            page.locator("#password").fill(TestDatabase.DEMO_PASSWORD);
            page.locator("#login-submit").click();
            page.waitForURL("**/");
            all.addAll(violations(page));
            page.navigate(role.getValue());
            all.addAll(violations(page));
            page.context().close();
        }
        assertThat(all).as("serious or critical accessibility violations").isEmpty();
    }
}
