package dev.allocpath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir Path dir;

  @Test
  void createsAndReplacesTheFile() throws IOException {
    Path target = dir.resolve("out/report.sarif");
    AtomicOutput.write(target, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
    assertEquals("first", Files.readString(target));
    AtomicOutput.write(target, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
    assertEquals("second", Files.readString(target));
    assertEquals(List.of(target), files(target.getParent()), "no temporary files left behind");
  }

  @Test
  void failureHalfWayLeavesTheOldFile() throws IOException {
    Path target = dir.resolve("report.sarif");
    Files.writeString(target, "old complete report");
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                AtomicOutput.write(
                    target,
                    out -> {
                      out.write("new but trunc".getBytes(StandardCharsets.UTF_8));
                      out.flush();
                      throw new IOException("No space left on device");
                    }));
    assertEquals("cannot write " + target + ": No space left on device", e.getMessage());
    assertEquals("old complete report", Files.readString(target));
    assertEquals(List.of(target), files(dir));
  }

  @Test
  void runtimeFailureAlsoLeavesTheOldFileAndPassesThrough() throws IOException {
    Path target = dir.resolve("report.txt");
    Files.writeString(target, "old");
    IllegalStateException boom = new IllegalStateException("boom");
    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> AtomicOutput.write(target, out -> {
          out.write(1);
          throw boom;
        }));
    assertSame(boom, thrown);
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), files(dir));
  }

  @Test
  void parentThatIsAFileGivesAOneLineMessage() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");
    Path target = file.resolve("report.sarif");
    IOException e = assertThrows(IOException.class, () -> AtomicOutput.write(target, out -> {}));
    assertTrue(e.getMessage().startsWith("cannot write " + target + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("is not a directory"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void directoryTargetIsRejected() {
    IOException e = assertThrows(IOException.class, () -> AtomicOutput.write(dir, out -> {}));
    assertEquals("cannot write " + dir + ": it is a directory", e.getMessage());
  }

  @Test
  void newFileGetsOrdinaryPermissions() throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return; // permissions are a POSIX concern
    }
    Path reference = Files.createFile(dir.resolve("reference"));
    Path target = dir.resolve("report.sarif");
    AtomicOutput.write(target, out -> out.write('x'));
    assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target));
  }

  @Test
  void reasonsAreWordsNotExceptionNames() {
    assertEquals(
        "permission denied (/srv/out)", AtomicOutput.reason(new java.nio.file.AccessDeniedException("/srv/out")));
    assertEquals(
        "no such file or directory (/srv/x)", AtomicOutput.reason(new java.nio.file.NoSuchFileException("/srv/x")));
    assertEquals(
        "Read-only file system",
        AtomicOutput.reason(new java.nio.file.FileSystemException("/srv/x", null, "Read-only file system")));
    assertEquals("EOFException", AtomicOutput.reason(new java.io.EOFException()));
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> s = Files.list(directory)) {
      return s.filter(p -> !p.getFileName().toString().equals("reference")).sorted().toList();
    }
  }

  @Test
  void refusesAPipeAndLeavesItAPipe() throws Exception {
    Path fifo = dir.resolve("pipe");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    IOException e = assertThrows(IOException.class,
        () -> AtomicOutput.write(fifo, out -> out.write('x')));
    assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    assertFalse(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertTrue(Files.exists(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertEquals(List.of(fifo), files(dir), "no temporary file left behind");
  }

  /**
   * A character device made by the test in its own directory (never a system one): as root, as
   * CI runs, the old rename replaced such a node with a regular file. As another user mknod is
   * refused, and the pipe case above covers the same check.
   */
  @Test
  void refusesADeviceNodeWhenOneCanBeMade() throws Exception {
    Path node = dir.resolve("null-like");
    if (new ProcessBuilder("mknod", node.toString(), "c", "1", "3").start().waitFor() != 0) {
      assertFalse(Files.exists(node));
      return;
    }
    assertThrows(IOException.class, () -> AtomicOutput.write(node, out -> out.write('x')));
    assertFalse(Files.isRegularFile(node, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the node is still a node");
  }

  @Test
  void refusesASymbolicLinkAndLeavesItsTarget() throws IOException {
    Path real = dir.resolve("real.sarif");
    Files.writeString(real, "kept");
    Path link = Files.createSymbolicLink(dir.resolve("link.sarif"), real);
    IOException e = assertThrows(IOException.class, () -> AtomicOutput.write(link, out -> out.write('x')));
    assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("kept", Files.readString(real));
  }
}
