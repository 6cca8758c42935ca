package com.okradvisor.jira.view;

import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.view.Html;
import java.util.Locale;

/** One rule's on/off checkbox on the admin page. A custom rule's key and title are an admin's text, so escaped. */
public final class RuleSwitch {

    private final RuleEntry rule;
    private final boolean enabled;

    public RuleSwitch(RuleEntry rule, boolean enabled) {
        this.rule = rule;
        this.enabled = enabled;
    }

    public String getKeyHtml() {
        return Html.escape(rule.key());
    }

    /** The severity in lower case, for the i18n key and CSS. */
    public String getSeverityKey() {
        return rule.severity().name().toLowerCase(Locale.ROOT);
    }

    public String getTitleHtml() {
        return Html.escape(rule.title());
    }

    public boolean getEnabled() {
        return enabled;
    }

    /** False for a rule from an admin's custom DRL file. */
    public boolean getShipped() {
        return rule.shipped();
    }
}
