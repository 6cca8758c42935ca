package com.okradvisor.testing;

/**
 * Which Jira line's classes a test run checks: failsafe's {@code jira11} execution sets the system
 * property {@code plugin.jira} to 11 and puts the Jira 11 classes (jakarta) on the class path; every
 * other run checks the Jira 10.3 classes (javax).
 */
public final class JiraLine {

    private JiraLine() {
    }

    /** True for Jira 11.3 (Platform 8, jakarta), false for Jira 10.3 (Platform 7, javax). */
    public static boolean isJira11() {
        return "11".equals(System.getProperty("plugin.jira", "10"));
    }

    /** The namespace of the servlet, REST and injection APIs on this line: {@code javax} or {@code jakarta}. */
    public static String enterpriseNamespace() {
        return isJira11() ? "jakarta" : "javax";
    }

    /** The class {@code name} (e.g. {@code inject.Named}) in this line's namespace. */
    @SuppressWarnings("unchecked")
    public static <T> Class<T> enterpriseType(String name) {
        try {
            return (Class<T>) Class.forName(enterpriseNamespace() + "." + name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(enterpriseNamespace() + "." + name + " is not on the class path", e);
        }
    }
}
