package dev.seamsim.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The file behind --state-file. A save never leaves a half-written file: the text goes to a temporary file in the
 * same folder, is flushed to disk, and is renamed over the old file in one step (then the folder is flushed, so
 * that the rename itself survives a power cut). A crash at any moment leaves either the old or the new file.
 */
final class StateFile {
    private final Path path;
    private final Path dir;
    private final Pattern tempName;

    StateFile(Path path) {
        this.path = path.toAbsolutePath().normalize();
        this.dir = this.path.getParent();
        this.tempName = Pattern.compile(Pattern.quote(this.path.getFileName() + ".tmp-") + "\\d+-[0-9a-f]+");
    }

    Path path() {
        return path;
    }

    /** Where {@link StateFileLock} keeps other simulators off this file. */
    Path lockPath() {
        return dir.resolve(path.getFileName() + ".lock");
    }

    void requireFolder() {
        if (dir == null || !Files.isDirectory(dir)) throw problem("its folder " + dir + " does not exist");
    }

    /**
     * The saved text, or empty when there is no file yet (its folder must exist). Anything else that keeps it from
     * being read is a {@link StateFileException}, and the file is left as it is.
     */
    Optional<String> read() {
        requireFolder();
        if (Files.isDirectory(path)) throw problem("is a directory, not a file");
        try {
            byte[] bytes = Files.readAllBytes(path);
            if (bytes.length == 0) throw problem("is empty (a state file is a JSON state document)");
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (AccessDeniedException e) {
            throw problem("cannot be read (permission denied)");
        } catch (CharacterCodingException e) {
            throw problem("is not UTF-8 text (a state file is a JSON state document)");
        } catch (IOException e) {
            throw problem("cannot be read: " + e);
        }
    }

    /** Replaces the file with {@code text} atomically (see the class comment). */
    void write(String text) throws IOException {
        Path temp = dir.resolve(path.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) out.write(bytes);
                out.force(true);
            }
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp); // only still there when something failed before the rename
        }
        syncFolder();
    }

    /** Removes temporary files that a save cut short (a crash or kill -9 mid-save) left next to the file. */
    void removeStaleTemporaryFiles() {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, path.getFileName() + ".tmp-*")) {
            for (Path entry : entries) {
                if (tempName.matcher(entry.getFileName().toString()).matches()) Files.deleteIfExists(entry);
            }
        } catch (IOException e) {
            throw problem("cannot clean up its folder: " + e);
        }
    }

    StateFileException problem(String what) {
        return new StateFileException("state file " + path + ": " + what);
    }

    /** Makes the rename durable; some file systems cannot open or flush a folder, and then there is nothing to do. */
    private void syncFolder() {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported here (e.g. some network or Windows file systems): the rename is as durable as it gets
        }
    }
}
