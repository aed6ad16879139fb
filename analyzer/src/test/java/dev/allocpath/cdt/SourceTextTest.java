package dev.allocpath.cdt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

  @Test
  void utf8WithFallbackToLatin1AndWithoutBom() {
    assertArrayEquals("caf\u00e9".toCharArray(),
        SourceReader.decode("caf\u00e9".getBytes(StandardCharsets.UTF_8)).chars());
    assertArrayEquals("caf\u00e9".toCharArray(),
        SourceReader.decode("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)).chars());
    assertArrayEquals("int x;".toCharArray(),
        SourceReader.decode("\uFEFFint x;".getBytes(StandardCharsets.UTF_8)).chars());
  }

  @Test
  void nulInTheFirst8KbMeansBinary() {
    byte[] late = new byte[9000];
    java.util.Arrays.fill(late, (byte) 'a');
    late[8500] = 0;
    assertEquals(SourceText.Status.TEXT, SourceReader.decode(late).status());
    late[100] = 0;
    assertEquals(SourceText.Status.BINARY, SourceReader.decode(late).status());
  }

  @Test
  void linesAndColumns() {
    SourceText text = SourceReader.ofString("ab\r\ncd\nlast");
    assertEquals(3, text.lineCount());
    assertEquals(2, text.line(4));
    assertEquals(1, text.column(4));
    assertEquals(3, text.line(7));
    assertEquals(2, SourceReader.ofString("a\nb\n").lineCount());
    assertEquals(0, SourceReader.ofString("").lineCount());
  }
}
