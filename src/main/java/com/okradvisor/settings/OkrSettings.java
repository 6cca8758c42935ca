package com.okradvisor.settings;

import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.model.Mapping;
import com.okradvisor.progress.ProgressSettings;
import java.util.Objects;

/**
 * Everything an admin (or a {@code --config} file) sets: the {@link Mapping}, the advisor's
 * thresholds, rules switched off and progress settings, and who may open the plugin's coach view. The
 * command line and the plugin read the same model, written and read as {@link SettingsKeys the
 * documented keys} by {@link SettingsCodec}; the command line reads the coach group and ignores it.
 * Custom DRL files are not part of it: they are large and stored on their own.
 *
 * @param mapping which issues are objectives, key results and KPIs, and which links align them
 * @param advisor thresholds, rules switched off and progress settings
 * @param coachGroup the Jira group whose members (and Jira administrators) may open the coach view;
 *        empty: every logged-in user may
 */
public record OkrSettings(Mapping mapping, AdvisorSettings advisor, String coachGroup) {

    /** The defaults of {@code docs/okr-advisor.properties}. */
    public static final OkrSettings DEFAULTS = new OkrSettings(Mapping.DEFAULTS, AdvisorSettings.DEFAULTS);

    public OkrSettings {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(coachGroup, "coachGroup");
    }

    /** {@code mapping} and {@code advisor}, the coach view open to every logged-in user. */
    public OkrSettings(Mapping mapping, AdvisorSettings advisor) {
        this(mapping, advisor, "");
    }

    /** The in-progress weight and the fiscal year's first month, which the advisor's settings hold. */
    public ProgressSettings progress() {
        return advisor.progress();
    }
}
