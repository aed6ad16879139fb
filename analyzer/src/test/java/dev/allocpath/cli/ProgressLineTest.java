package dev.allocpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  @Test
  void quietForShortScans() {
    StringWriter out = new StringWriter();
    ProgressLine line = new ProgressLine(new PrintWriter(out), 60_000_000_000L);
    line.parsed(1, 2);
    line.parsed(2, 2);
    assertEquals("", out.toString());
  }

  @Test
  void rewritesOneLineAndClearsItAtTheEnd() {
    StringWriter out = new StringWriter();
    ProgressLine line = new ProgressLine(new PrintWriter(out), 0);
    line.parsed(1, 3);
    line.parsed(3, 3);
    String text = out.toString();
    assertTrue(text.startsWith("\rallocpath: parsed 1/3 translation units"), text);
    assertTrue(text.endsWith("\rallocpath: parsed 3/3 translation units\r\u001b[K"), text);
    assertTrue(!text.contains("\n"), "never a new line: " + text);
  }
}
