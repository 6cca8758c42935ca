package com.okradvisor.report;

/** How panels round shares for progress bars and labels. */
final class PanelNumbers {

    private PanelNumbers() {
    }

    /** A share from 0.0 to 1.0 as a whole percentage. */
    static int percent(double share) {
        return (int) Math.round(Math.max(0, Math.min(1, share)) * 100);
    }
}
