package com.okradvisor.view;

/**
 * An objective beside one on the project page, up or down the alignment: a parent (perhaps in another
 * project) or a child. Only objectives the viewer may browse are ever one.
 */
public final class AlignedObjective {

    private final String key;
    private final String title;
    private final String project;

    AlignedObjective(String key, String title, String project) {
        this.key = key;
        this.title = title;
        this.project = project;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleHtml() {
        return Html.escape(title);
    }

    public String getProject() {
        return project;
    }
}
