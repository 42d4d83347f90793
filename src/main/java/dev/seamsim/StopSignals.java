package dev.seamsim;

import sun.misc.Signal;

/**
 * SIGTERM (docker stop, Process.destroy) and SIGINT (Ctrl-C) ask {@link Main} to stop: it then lets requests in
 * progress finish, saves the state file and exits with 0 (or 1 if that save failed), rather than the JVM's 143.
 * sun.misc.Signal (module jdk.unsupported) is the JDK's only way to do this; where it is refused (e.g. -Xrs), the
 * JVM's own shutdown runs Main's shutdown hook instead, which does the same but exits with 128 + the signal.
 */
final class StopSignals {
    private StopSignals() {}

    static void onStop(Runnable stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> stop.run());
            } catch (IllegalArgumentException e) {
                // used by the JVM here or unknown on this system: the shutdown hook covers it
            }
        }
    }
}
