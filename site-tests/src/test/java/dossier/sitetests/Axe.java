package dossier.sitetests;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** axe-core's WCAG 2.2 AA rules, run on the page a browser shows; only serious and critical findings count. */
final class Axe {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private Axe() {
    }

    /** The serious or critical violations on the page the driver shows, one line per rule and element. */
    static List<String> seriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (FAILING_IMPACTS.contains(rule.getImpact())) {
                for (CheckedNode node : rule.getNodes()) {
                    problems.add(rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                            + node.getTarget());
                }
            }
        }
        return problems;
    }
}
