package com.okradvisor.jira;

import com.okradvisor.model.Mapping;
import com.okradvisor.progress.ProgressSettings;
import java.util.Objects;

/**
 * What an admin has set for this Jira: the {@link Mapping} the command-line runner uses too, and the
 * progress settings.
 *
 * @param mapping which issues are objectives, key results and KPIs, and which links align them
 * @param progress the in-progress weight and the fiscal year's start month
 */
public record OkrSettings(Mapping mapping, ProgressSettings progress) {

    /** DESIGN.md §2's defaults. */
    public static final OkrSettings DEFAULTS = new OkrSettings(Mapping.DEFAULTS, ProgressSettings.DEFAULTS);

    public OkrSettings {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(progress, "progress");
    }
}
