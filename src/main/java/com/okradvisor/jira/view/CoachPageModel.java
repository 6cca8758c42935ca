package com.okradvisor.jira.view;

import com.okradvisor.view.FindingFilter;
import com.okradvisor.view.FindingIndex;
import com.okradvisor.view.FindingPage;
import com.okradvisor.view.Html;
import java.util.Collection;
import java.util.List;

/**
 * The coach view's page: one page of the findings the filter selects, the values each filter can
 * take (those selected marked), what the read left out, and, when the URL held a filter that is none,
 * why. Immutable; the template reads it through getters (plain ones are escaped by Jira).
 */
public final class CoachPageModel {

    private final FindingPage page;
    private final List<Option> projects;
    private final List<Option> rules;
    private final List<Option> severities;
    private final List<Option> cycles;
    private final List<Option> owners;
    private final String grouping;
    private final String contextPath;
    private final String error;
    private final Read read;

    /**
     * What the page says about the read it shows.
     *
     * @param notRead objectives, key results and KPIs beyond the most one read takes, not judged
     * @param slowLinks why the read was slow, as the viewer reads it (the link types read issue by
     *     issue and what to do about it); empty when it was not
     */
    public record Read(int notRead, String slowLinks) {
    }

    private CoachPageModel(FindingPage page, FindingIndex index, String contextPath, String error, Read read) {
        FindingFilter filter = page.filter();
        this.page = page;
        this.projects = options(index.projects(), filter.projects());
        this.rules = options(index.rules(), filter.rules());
        this.severities = options(List.of("CRITICAL", "MAJOR", "MINOR", "INFO"),
                filter.severities().stream().map(Enum::name).toList());
        this.cycles = options(index.cycles(), filter.cycles());
        this.owners = options(index.owners(), filter.owners());
        this.grouping = filter.grouping().key();
        this.contextPath = contextPath;
        this.error = error;
        this.read = read;
    }

    /** The page {@code filter} selects from {@code index}, and what the page says about the {@code read}. */
    public static CoachPageModel of(FindingIndex index, FindingFilter filter, String contextPath, Read read) {
        return new CoachPageModel(index.page(filter), index, contextPath, "", read);
    }

    /** Every finding, first page, with why the URL's filter was refused. */
    public static CoachPageModel refused(FindingIndex index, String contextPath, String error, Read read) {
        return new CoachPageModel(index.page(FindingFilter.ALL), index, contextPath, error, read);
    }

    private static List<Option> options(List<String> values, Collection<String> selected) {
        return values.stream().map(value -> new Option(value, selected.contains(value))).toList();
    }

    public FindingPage getPage() {
        return page;
    }

    public List<Option> getProjects() {
        return projects;
    }

    public List<Option> getRules() {
        return rules;
    }

    public List<Option> getSeverities() {
        return severities;
    }

    public List<Option> getCycles() {
        return cycles;
    }

    public List<Option> getOwners() {
        return owners;
    }

    /** {@code none}, {@code rule} or {@code objective}. */
    public String getGrouping() {
        return grouping;
    }

    /** Jira's context path, for links to issues ({@code …/browse/KEY}). */
    public String getContextPath() {
        return contextPath;
    }

    /** Why the URL's filter was refused (it quotes the value); empty when it was not. */
    public String getErrorHtml() {
        return Html.escape(error);
    }

    public boolean isRefused() {
        return !error.isEmpty();
    }

    /** Objectives, key results and KPIs beyond the most one read takes: not judged, not shown. */
    public int getNotRead() {
        return read.notRead();
    }

    /** Whether the read went issue by issue for some link type, which the page then explains. */
    public boolean isSlowLinks() {
        return !read.slowLinks().isEmpty();
    }

    /** Why the read was slow and what an administrator can do about it; empty when it was not. */
    public String getSlowLinksHtml() {
        return Html.escape(read.slowLinks());
    }

    /** One value a filter can take, and whether the filter holds it. */
    public static final class Option {
        private final String value;
        private final boolean selected;

        Option(String value, boolean selected) {
            this.value = value;
            this.selected = selected;
        }

        /** The value escaped, for the option's attribute and text: an owner's name is anyone's text. */
        public String getValueHtml() {
            return Html.escape(value);
        }

        public boolean isSelected() {
            return selected;
        }
    }
}
