package com.okradvisor.settings;

import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.model.Mapping;
import com.okradvisor.progress.ProgressSettings;
import java.util.Objects;

/**
 * Everything an admin (or a {@code --config} file) sets: the {@link Mapping}, and the advisor's
 * thresholds, rules switched off and progress settings. The command line and the plugin read the same
 * model, written and read as {@link SettingsKeys the documented keys} by {@link SettingsCodec}.
 * Custom DRL files are not part of it: they are large and stored on their own.
 *
 * @param mapping which issues are objectives, key results and KPIs, and which links align them
 * @param advisor thresholds, rules switched off and progress settings
 */
public record OkrSettings(Mapping mapping, AdvisorSettings advisor) {

    /** The defaults of {@code docs/okr-advisor.properties}. */
    public static final OkrSettings DEFAULTS = new OkrSettings(Mapping.DEFAULTS, AdvisorSettings.DEFAULTS);

    public OkrSettings {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(advisor, "advisor");
    }

    /** The in-progress weight and the fiscal year's first month, which the advisor's settings hold. */
    public ProgressSettings progress() {
        return advisor.progress();
    }
}
