package com.okradvisor.cli;

import com.okradvisor.advisor.Advisor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Compiles the rules on a second thread while the export is read or fetched: the two biggest costs
 * of a run then overlap instead of adding up.
 */
final class RulesInBackground {

    private final CompletableFuture<Advisor> advisor;

    private RulesInBackground() {
        advisor = new CompletableFuture<>();
        Thread compiler = new Thread(() -> {
            try {
                advisor.complete(Advisor.load(RulesInBackground.class.getClassLoader()));
            } catch (RuntimeException | Error e) {
                advisor.completeExceptionally(e);
            }
        }, "okr-advisor-rules");
        compiler.setDaemon(true);
        compiler.start();
    }

    static RulesInBackground start() {
        return new RulesInBackground();
    }

    /** The advisor, once its rules are compiled; a failure to compile them is rethrown here. */
    Advisor get() {
        try {
            return advisor.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
