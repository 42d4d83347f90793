package dev.seamsim.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second simulator off a --state-file while one uses it: an OS file lock on {@code <file>.lock} next to
 * it (not on the state file itself, which every save replaces by rename). The OS lets go of it when the process
 * ends in any way, kill -9 included. The lock file is left in place afterwards: deleting it could let two
 * simulators each lock a different file of the same name. It holds the pid of its holder, for the message.
 */
final class StateFileLock implements AutoCloseable {
    private final FileChannel channel;

    private StateFileLock(FileChannel channel) {
        this.channel = channel;
    }

    /** Takes the lock, or throws a {@link StateFileException} saying who holds it; the state file is not touched. */
    static StateFileLock acquire(StateFile file) {
        file.requireFolder();
        Path path = file.lockPath();
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw file.problem("cannot be locked: " + path + " cannot be written (permission denied)");
        } catch (IOException e) {
            throw file.problem("cannot be locked: " + e);
        }
        FileLock lock;
        try {
            lock = lockOrNull(channel);
            if (lock != null) {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw file.problem("cannot be locked: " + e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw file.problem("is in use by another simulator (" + holder(path) + " holds " + path
                    + "); stop it or choose another file");
        }
        return new StateFileLock(channel);
    }

    /** Lets go of the lock (a later simulator may take it); the lock file stays. */
    @Override
    public void close() {
        closeQuietly(channel); // closing the channel releases its lock
    }

    /** Null when another process holds it, or another simulator in this very process (the JVM tells them apart). */
    private static FileLock lockOrNull(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** "process 1234" as the holder wrote it, else "a process", when it can be read (on Windows the lock keeps others from reading). */
    private static String holder(Path lockFile) {
        try {
            String pid = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            if (pid.matches("\\d{1,19}")) return "process " + pid;
        } catch (IOException e) {
            // unreadable: say less
        }
        return "a process";
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel either way
        }
    }
}
