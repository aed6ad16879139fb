package dev.allocpath.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocpath.api.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineHashesTest {
  @TempDir Path root;

  @Test
  void linesAnnouncedOrNotHaveTheirWholeFileHashes() throws IOException {
    String text = "int a;\n".repeat(300) + "void f() {}\n";
    Files.writeString(root.resolve("a.c"), text);
    Files.writeString(root.resolve("b.c"), "int b;\n");
    List<String> whole = GithubLineHash.ofLines(text);
    LineHashes hashes = new LineHashes(root, List.of(SourceLocation.ofLine("a.c", 3), SourceLocation.ofLine("b.c", 1)));

    assertEquals(Optional.of(whole.get(2)), hashes.of("a.c", 3));
    assertEquals(Optional.of(whole.get(0)), hashes.of("a.c", 1));
    // Beyond the last line announced for the file, and a file never announced: hashed when asked.
    assertEquals(Optional.of(whole.get(300)), hashes.of("a.c", 301));
    assertEquals(Optional.of(GithubLineHash.ofLines("int c;\n").get(0)), hashOfNewFile(hashes));
    assertEquals(Optional.of(GithubLineHash.ofLines("int b;\n").get(0)), hashes.of("b.c", 1));
  }

  @Test
  void linesPastTheEndAndUnreadableFilesHaveNone() throws IOException {
    Files.writeString(root.resolve("short.c"), "int s;");
    LineHashes hashes = new LineHashes(root, List.of(SourceLocation.ofLine("missing.c", 1),
        SourceLocation.ofLine("short.c", 5)));
    assertEquals(Optional.empty(), hashes.of("missing.c", 1));
    assertEquals(Optional.empty(), hashes.of("missing.c", 0));
    assertEquals(Optional.empty(), hashes.of("short.c", 5));
    assertEquals(Optional.of(GithubLineHash.ofLines("int s;").get(0)), hashes.of("short.c", 1));
  }

  private Optional<String> hashOfNewFile(LineHashes hashes) throws IOException {
    Files.writeString(root.resolve("c.c"), "int c;\n");
    return hashes.of("c.c", 1);
  }
}
