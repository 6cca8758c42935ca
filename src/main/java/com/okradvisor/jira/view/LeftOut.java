package com.okradvisor.jira.view;

/**
 * What a view of one objective counts but does not list: it never names an issue the viewer may
 * not browse, and it reads a bounded number of key results and KPIs, so a large epic is neither a
 * slow view nor a silently short one.
 *
 * @param hiddenKeyResults key results the viewer may not browse
 * @param keyResultsNotRead key results the viewer may browse beyond the most one view reads: not shown, not judged
 * @param kpisNotRead issues the KPI search found beyond the most one view reads: not shown, not judged
 */
public record LeftOut(int hiddenKeyResults, int keyResultsNotRead, int kpisNotRead) {
}
