package com.okradvisor.jira;

import com.atlassian.sal.api.message.I18nResolver;
import com.okradvisor.text.Message;

/** Renders the app's {@link Message messages} in the viewer's language, through Jira's i18n resolver. */
public final class Messages {

    private Messages() {
    }

    /** {@code message} as {@code i18n} renders its key and arguments. */
    public static String text(I18nResolver i18n, Message message) {
        return i18n.getText(message.key(), message.argumentArray());
    }
}
