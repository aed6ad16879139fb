package dev.allocpath.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expected values are GitHub's published test vectors (github/codeql-action,
 * {@code src/fingerprints.test.ts}); matching them means GitHub's upload action computes the same
 * fingerprints from the checked-out file as we write into the SARIF.
 */
class GithubLineHashTest {

  @Test
  void emptyFileHasOneLine() {
    assertEquals(List.of("c129715d7a2bc9a3:1"), GithubLineHash.ofLines(""));
  }

  @Test
  void blanksAreIgnored() {
    assertEquals(
        List.of("271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"),
        GithubLineHash.ofLines(" a\nb\n  \t\tc\n d"));
  }

  @Test
  void withoutFinalNewline() {
    assertEquals(
        List.of(
            "8b7cf3e952e7aeb2:1",
            "b1ae1287ec4718d9:1",
            "bff680108adb0fcc:1",
            "c6805c5e1288b612:1",
            "b86d3392aea1be30:1",
            "e6ceba753e1a442:1"),
        GithubLineHash.ofLines(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End"));
  }

  private static final List<String> GREETINGS_WITH_FINAL_NEWLINE =
      List.of(
          "e9496ae3ebfced30:1",
          "fb7c023a8b9ccb3f:1",
          "ce8ba1a563dcdaca:1",
          "e20e36e16fcb0cc8:1",
          "b3edc88f2938467e:1",
          "c8e28b0b4002a3a0:1",
          "c129715d7a2bc9a3:1");

  @Test
  void lineFeeds() {
    assertEquals(
        GREETINGS_WITH_FINAL_NEWLINE,
        GithubLineHash.ofLines(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n"));
  }

  @Test
  void carriageReturnsCountAsLineFeeds() {
    assertEquals(
        GREETINGS_WITH_FINAL_NEWLINE,
        GithubLineHash.ofLines(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r"));
  }

  @Test
  void crLfCountsAsOneLineFeed() {
    assertEquals(
        GREETINGS_WITH_FINAL_NEWLINE,
        GithubLineHash.ofLines(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n"));
  }

  @Test
  void mixedLineBreaks() {
    assertEquals(
        GREETINGS_WITH_FINAL_NEWLINE,
        GithubLineHash.ofLines(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n"));
  }

  @Test
  void repeatedLinesAreNumberedByOccurrence() {
    assertEquals(
        List.of(
            "a7f2ff13bc495cf2:1",
            "a7f2ff13bc495cf2:2",
            "a7f2ff13bc495cf2:3",
            "a7f2ff13bc495cf2:4",
            "a7f2ff13bc495cf2:5",
            "a7f2ff13bc495cf2:6",
            "a7f2ff1481e87703:1",
            "a9cf91f7bbf1862b:1",
            "55ec222b86bcae53:1",
            "cc97dc7b1d7d8f7b:1",
            "c129715d7a2bc9a3:1"),
        GithubLineHash.ofLines("Lorem ipsum dolor sit amet.\n".repeat(10)));
  }

  @Test
  void movingCodeDownKeepsTheHashOfTheMovedLine() {
    String body = "struct Peer {\n  std::mutex lock;\n};\n";
    List<String> before = GithubLineHash.ofLines(body);
    List<String> after = GithubLineHash.ofLines("#include <mutex>\n\n" + body);
    assertEquals(before.get(1), after.get(3));
  }

  @Test
  void editingTheLineChangesItsHash() {
    assertNotEquals(
        GithubLineHash.ofLines("int a = 1;\n").get(0), GithubLineHash.ofLines("int a = 2;\n").get(0));
  }

  @Test
  void hashingOnlyTheFirstLinesGivesTheirWholeFileValues() {
    // Repeated lines (occurrence counts), blank lines, CRLF, a short last line: every prefix length.
    String text = "a\r\n\n  b;\n" + "Lorem ipsum dolor sit amet.\n".repeat(6) + "x".repeat(150) + "\nend";
    List<String> whole = GithubLineHash.ofLines(text);
    for (int lines = 1; lines <= whole.size() + 2; lines++) {
      List<String> first = GithubLineHash.ofLines(text, lines);
      int expected = Math.min(lines, whole.size());
      assertTrue(first.size() >= expected, "at least " + expected + " lines for " + lines);
      assertEquals(whole.subList(0, expected), first.subList(0, expected), "first " + lines + " lines");
    }
    assertTrue(GithubLineHash.ofLines(text, 2).size() < whole.size(), "stops before the end");
  }
}
