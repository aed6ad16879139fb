package dev.allocpath.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a report file so that readers see either the old file or the complete new one, never a
 * truncated mix: the content goes to a temporary file in the same directory, which then replaces
 * the target by a rename. A run killed half-way leaves the old file (plus at most a hidden
 * {@code .tmp}). Failures come back as one-line {@link IOException} messages for the CLI.
 */
public final class AtomicOutput {

  /** Produces the content; may throw, in which case the target is left untouched. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicOutput() {}

  /**
   * @throws IOException with a message of the form {@code cannot write <target>: <reason>}
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    refuseNonRegular(target, absolute);
    Path dir = absolute.getParent();
    createDirectories(target, dir);
    Path temp = createTemp(target, dir, absolute.getFileName().toString());
    boolean done = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
        content.writeTo(out);
        out.flush();
        // On disk before the rename, so a crash cannot leave a renamed but empty file.
        channel.force(true);
      } catch (IOException e) {
        throw failure(target, reason(e), e);
      }
      replace(target, temp, absolute);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * The rename below replaces whatever the target path holds. Over a device node, a pipe or a
   * socket that would destroy it (as root, {@code --output /dev/null} once replaced the system's
   * /dev/null with a regular file), and over a symbolic link it would replace the link rather than
   * the file it names: only a missing path or a regular file may be written.
   */
  private static void refuseNonRegular(Path target, Path absolute) throws IOException {
    if (Files.isSymbolicLink(absolute)) {
      throw failure(target, "it is a symbolic link; name the file it points to", null);
    }
    if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw failure(target, "it is a directory", null);
    }
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw failure(target, "it is not a regular file (a device, pipe or socket); only regular files are written"
          + " (use '-' for standard output)", null);
    }
  }

  private static void createDirectories(Path target, Path dir) throws IOException {
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw failure(target, e.getFile() + " is not a directory", e);
    } catch (IOException e) {
      throw failure(target, "cannot create directory " + dir + " (" + reason(e) + ")", e);
    }
  }

  /**
   * CREATE_NEW (rather than Files.createTempFile) so the file gets the usual permissions from
   * the umask, not owner-only ones, and keeps them after the rename.
   */
  private static Path createTemp(Path target, Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String random = Long.toHexString(ThreadLocalRandom.current().nextLong());
      Path temp = dir.resolve("." + name + "." + random + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw failure(target, reason(e), e);
        }
      } catch (IOException e) {
        throw failure(target, reason(e), e);
      }
    }
  }

  private static void replace(Path target, Path temp, Path absolute) throws IOException {
    try {
      Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException inner) {
        throw failure(target, reason(inner), inner);
      }
    } catch (IOException e) {
      throw failure(target, reason(e), e);
    }
  }

  private static IOException failure(Path target, String reason, Exception cause) {
    return new IOException("cannot write " + target + ": " + reason, cause);
  }

  /** The human part of an I/O error, without Java class names or repeated paths. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException denied) {
      return "permission denied" + (denied.getFile() == null ? "" : " (" + denied.getFile() + ")");
    }
    if (e instanceof NoSuchFileException missing) {
      return "no such file or directory" + (missing.getFile() == null ? "" : " (" + missing.getFile() + ")");
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().strip();
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
