package dev.seamsim.http;

/** A path as the control plane matches it: exact ("/spaces/create"), or a prefix when it ends with "*" ("/acs/*"). */
public final class PathPattern {
    private PathPattern() {}

    public static boolean matches(String pattern, String path) {
        String p = normalize(path);
        if (pattern.endsWith("*")) return p.startsWith(pattern.substring(0, pattern.length() - 1));
        return p.equals(normalize(pattern));
    }

    /** Without a trailing slash (Javalin serves "/spaces/list/" as "/spaces/list"). */
    public static String normalize(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
