package com.okradvisor.testing;

import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.ObjectiveMarks;
import com.okradvisor.progress.ProgressSettings;
import com.okradvisor.settings.OkrSettings;
import java.util.Set;

/** Settings that differ from the defaults in every part: mapping, thresholds, rules switched off, progress, coach group. */
public final class ChangedSettings {

    public static final OkrSettings CHANGED = new OkrSettings(
            new Mapping("Initiative", "", "", "metric", Set.of("Supports", "Contributes to"), "Parent Link", Set.of("Blocks"),
                    new ObjectiveMarks("company-goal", "must-win", "moonshot")),
            AdvisorSettings.DEFAULTS.with(Parameter.fromKey("staleAfterDays").orElseThrow(), 21).with(Parameter.fromKey("lateShare").orElseThrow(), 0.6)
                    .withDisabled(Set.of("too-many-key-results", "kr-unmeasurable"))
                    .withProgress(new ProgressSettings(0.3, 7)),
            "OKR coaches");

    private ChangedSettings() {
    }
}
