package org.association.testing;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** The axe accessibility engine, run inside the browser on the page it shows. */
public final class Accessibility {

    /** WCAG 2.2 level AA, with every level-A and level-AA rule of 2.0 and 2.1 that it includes. */
    public static final List<String> WCAG22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Accessibility() {
    }

    /** What breaks WCAG 2.2 AA on the page, one line a rule and element; empty when nothing does. */
    public static List<String> wcagViolations(WebDriver page) {
        return describe(new AxeBuilder().withTags(WCAG22_AA).analyze(page).getViolations());
    }

    /** What breaks only these axe rules on the page (say "label"), one line a rule and element. */
    public static List<String> violationsOf(WebDriver page, List<String> rules) {
        return describe(new AxeBuilder().withOnlyRules(rules).analyze(page).getViolations());
    }

    private static List<String> describe(List<Rule> violations) {
        return violations.stream()
                .flatMap(rule -> rule.getNodes().stream().map(node -> rule.getId() + " (" + rule.getHelp() + "): " + where(node)))
                .collect(Collectors.toList());
    }

    private static String where(CheckedNode node) {
        String html = node.getHtml();
        String shortHtml = html.length() > 300 ? html.substring(0, 300) + "…" : html;
        return node.getTarget() + " " + shortHtml + " — " + node.getFailureSummary();
    }
}
