package com.okradvisor.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.HashMap;
import java.util.Map;

/** SAL's global plugin settings as a map, shared by every settings object it creates, as Jira's database is. */
public final class InMemoryPluginSettings implements PluginSettingsFactory, PluginSettings {

    final Map<String, Object> stored = new HashMap<>();

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }

    @Override
    public Object get(String key) {
        return stored.get(key);
    }

    @Override
    public Object put(String key, Object value) {
        return stored.put(key, value);
    }

    @Override
    public Object remove(String key) {
        return stored.remove(key);
    }
}
