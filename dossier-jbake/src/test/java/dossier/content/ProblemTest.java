package dossier.content;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemTest {

    @Test
    void readsLikeACompilersError() {
        assertEquals("content/quotes/x.md:4: unknown speaker 'bessant'",
                new Problem("content/quotes/x.md", 4, "unknown speaker 'bessant'").toString());
    }

    @Test
    void underGitHubActionsItIsAWorkflowCommandOnItsFileAndLine() {
        assertEquals("::error file=content/quotes/x.md,line=4,title=Content problem::unknown speaker 'bessant'"
                        + " (did you mean 'bessent'?): no file content/actors/bessant.md",
                new Problem("content/quotes/x.md", 4, "unknown speaker 'bessant' (did you mean 'bessent'?): no file"
                        + " content/actors/bessant.md").asWorkflowCommand());
    }

    @Test
    void theWorkflowCommandEscapesWhatTheRunnerWouldReadAsSyntax() {
        assertEquals("::error file=content/a%2Cb%3Ac.md,line=1,title=Content problem::50%25 of it%0Aon two lines",
                new Problem("content/a,b:c.md", 1, "50% of it\non two lines").asWorkflowCommand());
    }

    @Test
    void workflowCommandsArePrintedOnlyUnderGitHubActions() {
        assertTrue(Problem.underGitHubActions(Map.of("GITHUB_ACTIONS", "true")));
        assertFalse(Problem.underGitHubActions(Map.of()));
    }
}
