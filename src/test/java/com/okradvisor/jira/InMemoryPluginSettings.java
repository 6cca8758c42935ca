package com.okradvisor.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * SAL's global plugin settings as a map, shared by every settings object it creates, as Jira's database
 * is. Remembers the keys read, once per read.
 */
public final class InMemoryPluginSettings implements PluginSettingsFactory, PluginSettings {

    final Map<String, Object> stored = new HashMap<>();
    final List<String> read = new CopyOnWriteArrayList<>();

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }

    @Override
    public Object get(String key) {
        read.add(key);
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
