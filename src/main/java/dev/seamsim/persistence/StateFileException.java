package dev.seamsim.persistence;

/**
 * A --state-file that cannot be used: unreadable, corrupt, of another format or version, or not writable. The
 * message is one line naming the file and the problem; the file has not been touched.
 */
public final class StateFileException extends RuntimeException {
    StateFileException(String message) {
        super(message);
    }
}
