package dev.seamsim;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.help.HelpFormatter;
import org.apache.commons.cli.help.TextHelpAppendable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The command line's flags, parsed with Apache Commons CLI; every flag falls back to its environment variable,
 * then to its default. (Commons CLI rather than an annotation-driven parser: it has no reflection and its Java 8
 * class files go into the class-data sharing archive, which keeps the start-up short; see BENCHMARKS.md.)
 */
final class Flags {
    /**
     * A flag: its name, environment variable, default (null: none), value name (null: no value; in brackets: an
     * optional value, as in --deterministic or --deterministic=42) and help.
     */
    enum Flag {
        PORT("port", "SEAM_SIM_PORT", "8080", "N", "Port to listen on; 0 picks a free one."),
        HOST("host", "SEAM_SIM_HOST", "127.0.0.1", "HOST", "Address to bind (use 0.0.0.0 in a container)."),
        FIXTURES("fixtures", "SEAM_SIM_FIXTURES", null, "DIR",
                "Folder with workspaces.json and providers.json (default: the bundled fixtures)."),
        PUBLIC_URL("public-url", "SEAM_SIM_PUBLIC_URL", null, "URL",
                "Base URL of generated links (webview url, instant_key_url, next_page_url), e.g. "
                        + "http://localhost:9000 behind Docker port mapping (default: the request's Host)."),
        CLOCK("clock", "SEAM_SIM_CLOCK", null, "INSTANT",
                "Start the simulator's clock at this ISO-8601 instant (it then runs in real time), e.g. "
                        + "2025-08-01T00:00:00Z to replay dated examples (default: the real time)."),
        DETERMINISTIC("deterministic", "SEAM_SIM_DETERMINISTIC", null, "[SEED]",
                "Reproducible ids (from SEED, default 1) and a frozen clock (at --clock, default "
                        + "2025-01-01T00:00:00Z; move it with POST /_fake/clock), for snapshot-style tests."),
        AUTO_WORKSPACES("auto-workspaces", "SEAM_SIM_AUTO_WORKSPACES", "false", "[true|false]",
                "Give every unknown well-formed API key (seam_...) a fresh workspace of its own."),
        AUTO_WORKSPACES_MAX("auto-workspaces-max", "SEAM_SIM_AUTO_WORKSPACES_MAX", "1000", "N",
                "At most this many auto-workspaces; past that, one unlikely to be used again is dropped."),
        AUTO_WORKSPACES_IDLE_MINUTES("auto-workspaces-idle-minutes", "SEAM_SIM_AUTO_WORKSPACES_IDLE_MINUTES", "30", "N",
                "An auto-workspace unused this long is dropped."),
        ADMIN_TOKEN("admin-token", "SEAM_SIM_ADMIN_TOKEN", null, "TOKEN",
                "Require \"Authorization: Bearer <token>\" on /_fake/* (for shared dev containers)."),
        JOURNAL_MAX("journal-max", "SEAM_SIM_JOURNAL_MAX", "1000", "N",
                "Keep at most this many requests in the journal (GET /_fake/requests); 0 turns it off."),
        JOURNAL_MAX_AGE_MINUTES("journal-max-age-minutes", "SEAM_SIM_JOURNAL_MAX_AGE_MINUTES", "30", "N",
                "Drop journal entries older than this."),
        STATE_FILE("state-file", "SEAM_SIM_STATE_FILE", null, "PATH",
                "Keep the state in this file: loaded at start (created when missing; one that cannot be loaded "
                        + "stops the start), saved atomically when it changed and on shutdown."),
        STATE_SAVE_SECONDS("state-save-seconds", "SEAM_SIM_STATE_SAVE_SECONDS", "5", "N",
                "With --state-file: save a changed state every N seconds; decimals allowed."),
        MAX_BODY_BYTES("max-body-bytes", "SEAM_SIM_MAX_BODY_BYTES", "1048576", "N",
                "Largest request body on API routes, pages and /_fake/* but the state import; larger gets "
                        + "413 payload_too_large."),
        MAX_IMPORT_BYTES("max-import-bytes", "SEAM_SIM_MAX_IMPORT_BYTES", "67108864", "N",
                "Largest state document PUT/POST /_fake/database takes."),
        MAX_WORKSPACES("max-workspaces", "SEAM_SIM_MAX_WORKSPACES", "10000", "N",
                "At most this many workspaces in all (fixtures, /_fake/workspaces, auto-workspaces, imports); "
                        + "more gets 409 workspace_limit_exceeded."),
        MAX_OBJECTS_PER_WORKSPACE("max-objects-per-workspace", "SEAM_SIM_MAX_OBJECTS_PER_WORKSPACE", "1000000", "N",
                "At most this many objects (all kinds together) in one workspace; more gets 409 object_limit_exceeded."),
        HELP("help", null, null, null, "Show this help and exit."),
        VERSION("version", null, null, null, "Print the version and exit.");

        final String name;
        final String env;
        final String defaultValue;
        final String valueName;
        final String help;

        Flag(String name, String env, String defaultValue, String valueName, String help) {
            this.name = name;
            this.env = env;
            this.defaultValue = defaultValue;
            this.valueName = valueName;
            this.help = help;
        }

        boolean optionalValue() {
            return valueName != null && valueName.startsWith("[");
        }

        Option option() {
            String shown = help + (env == null ? "" : " [" + env + (defaultValue == null ? "" : "; default "
                    + defaultValue) + "]");
            Option.Builder builder = Option.builder().longOpt(name).desc(shown);
            if (valueName == null) return builder.build();
            String argName = optionalValue() ? valueName.substring(1, valueName.length() - 1) : valueName;
            return builder.hasArg().optionalArg(optionalValue()).argName(argName).build();
        }
    }

    /** A flag or environment variable the simulator cannot use; the message names it. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    final boolean help;
    final boolean version;
    final int port;
    final String host;
    final Path fixtures;
    final String publicUrl;
    final Instant clockStart;
    final Long seed;
    final boolean autoWorkspaces;
    final long autoWorkspacesMax;
    final long autoWorkspacesIdleMinutes;
    final String adminToken;
    final int journalMax;
    final long journalMaxAgeMinutes;
    final Path stateFile;
    final double stateSaveSeconds;
    final long maxBodyBytes;
    final long maxImportBytes;
    final int maxWorkspaces;
    final long maxObjectsPerWorkspace;

    private Flags(Values values) throws UsageException {
        help = values.present(Flag.HELP);
        version = values.present(Flag.VERSION);
        port = values.integer(Flag.PORT);
        host = values.text(Flag.HOST);
        fixtures = values.path(Flag.FIXTURES);
        publicUrl = values.text(Flag.PUBLIC_URL);
        clockStart = values.instant(Flag.CLOCK);
        seed = values.seed(Flag.DETERMINISTIC);
        autoWorkspaces = values.bool(Flag.AUTO_WORKSPACES);
        autoWorkspacesMax = values.whole(Flag.AUTO_WORKSPACES_MAX);
        autoWorkspacesIdleMinutes = values.whole(Flag.AUTO_WORKSPACES_IDLE_MINUTES);
        adminToken = values.text(Flag.ADMIN_TOKEN);
        journalMax = values.integer(Flag.JOURNAL_MAX);
        journalMaxAgeMinutes = values.whole(Flag.JOURNAL_MAX_AGE_MINUTES);
        stateFile = values.path(Flag.STATE_FILE);
        stateSaveSeconds = values.decimal(Flag.STATE_SAVE_SECONDS);
        maxBodyBytes = values.whole(Flag.MAX_BODY_BYTES);
        maxImportBytes = values.whole(Flag.MAX_IMPORT_BYTES);
        maxWorkspaces = values.integer(Flag.MAX_WORKSPACES);
        maxObjectsPerWorkspace = values.whole(Flag.MAX_OBJECTS_PER_WORKSPACE);
    }

    /** The flags in args, falling back to the process's environment. */
    static Flags parse(String... args) throws UsageException {
        return parse(args, System::getenv);
    }

    static Flags parse(String[] args, Function<String, String> environment) throws UsageException {
        try {
            CommandLine line = DefaultParser.builder().setAllowPartialMatching(false).get().parse(options(), args);
            if (!line.getArgList().isEmpty()) throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
            return new Flags(new Values(line, environment));
        } catch (ParseException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static void printHelp(Appendable out) {
        try {
            TextHelpAppendable text = new TextHelpAppendable(out);
            text.setMaxWidth(110);
            HelpFormatter.builder().setHelpAppendable(text).setShowSince(false).setComparator((a, b) -> 0).get()
                    .printHelp("java -jar seam-simulator.jar", "An in-memory, stateful simulator of the Seam API.",
                            options(), "Every flag can also be set with the environment variable named in brackets.",
                            true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Options options() {
        Options options = new Options();
        for (Flag flag : Flag.values()) options.addOption(flag.option());
        return options;
    }

    /** The simulator these flags describe. */
    SeamSimulator.Builder builder() {
        SeamSimulator.Builder builder = SeamSimulator.builder().host(host).port(port).fixtures(fixtures)
                .publicUrl(publicUrl).clockStart(clockStart).adminToken(adminToken)
                .drainTimeout(Duration.ofSeconds(5)) // SIGTERM: requests in progress finish first
                .maxBodyBytes(maxBodyBytes).maxImportBytes(maxImportBytes)
                .maxWorkspaces(maxWorkspaces).maxObjectsPerWorkspace(maxObjectsPerWorkspace);
        if (seed != null) builder.deterministic(seed);
        builder.journal(journalMax, Duration.ofMinutes(journalMaxAgeMinutes));
        if (stateFile != null) {
            builder.stateFile(stateFile).stateSaveInterval(Duration.ofMillis(Math.round(stateSaveSeconds * 1000)));
        }
        if (autoWorkspaces) builder.autoWorkspaces(autoWorkspacesMax, Duration.ofMinutes(autoWorkspacesIdleMinutes));
        return builder;
    }

    /**
     * A seed for --deterministic: a whole number; "true" (or the bare flag) means the default, 1; "false" or an
     * empty value (SEAM_SIM_DETERMINISTIC= in a compose file) mean off.
     */
    static Long seed(String value) throws UsageException {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) return null;
        if (value.equalsIgnoreCase("true")) return 1L;
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--deterministic needs a whole number as seed, not '" + value + "'");
        }
    }

    /** Each flag's raw value: from the command line, else its environment variable (unless empty), else its default. */
    private record Values(CommandLine line, Function<String, String> environment) {
        boolean present(Flag flag) {
            return line.hasOption(flag.name);
        }

        /** A flag with an optional value given bare means "true"; null when neither it nor its variable is set. */
        String raw(Flag flag) {
            if (line.hasOption(flag.name)) {
                String value = line.getOptionValue(flag.name);
                return value != null ? value : "true"; // a bare --deterministic or --auto-workspaces
            }
            String fromEnvironment = flag.env == null ? null : environment.apply(flag.env);
            return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : flag.defaultValue;
        }

        String text(Flag flag) {
            String value = raw(flag);
            return value == null || value.isBlank() ? null : value;
        }

        Path path(Flag flag) throws UsageException {
            String value = text(flag);
            try {
                return value == null ? null : Path.of(value);
            } catch (InvalidPathException e) {
                throw invalid(flag, value, "a file path");
            }
        }

        Instant instant(Flag flag) throws UsageException {
            String value = text(flag);
            try {
                return value == null ? null : Instant.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw invalid(flag, value, "an ISO-8601 instant such as 2025-08-01T00:00:00Z");
            }
        }

        Long seed(Flag flag) throws UsageException {
            return Flags.seed(raw(flag));
        }

        boolean bool(Flag flag) throws UsageException {
            String value = raw(flag).trim();
            if (value.equalsIgnoreCase("true")) return true;
            if (value.equalsIgnoreCase("false")) return false;
            throw invalid(flag, value, "true or false");
        }

        long whole(Flag flag) throws UsageException {
            String value = raw(flag);
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw invalid(flag, value, "a whole number");
            }
        }

        int integer(Flag flag) throws UsageException {
            long value = whole(flag);
            if (value != (int) value) throw invalid(flag, raw(flag), "a whole number below 2^31");
            return (int) value;
        }

        double decimal(Flag flag) throws UsageException {
            String value = raw(flag);
            try {
                return Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                throw invalid(flag, value, "a number");
            }
        }

        private UsageException invalid(Flag flag, String value, String needed) {
            String source = line.hasOption(flag.name) ? "--" + flag.name : flag.env + " (--" + flag.name + ")";
            return new UsageException(source + " needs " + needed + ", not '" + value + "'");
        }
    }
}
