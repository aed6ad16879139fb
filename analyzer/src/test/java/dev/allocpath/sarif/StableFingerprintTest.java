package dev.allocpath.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StableFingerprintTest {
  @Test
  void survivesMovesAndRewordingButNotANewSubject() {
    Finding original = finding("main/a.cpp", 10, "Message one.", "Peer::lock");
    Finding moved = finding("main/a.cpp", 42, "Message reworded.", "Peer::lock");
    Finding other = finding("main/a.cpp", 10, "Message one.", "Peer::other");
    Finding elsewhere = finding("main/b.cpp", 10, "Message one.", "Peer::lock");
    assertEquals(StableFingerprint.of(original), StableFingerprint.of(moved));
    assertNotEquals(StableFingerprint.of(original), StableFingerprint.of(other));
    assertNotEquals(StableFingerprint.of(original), StableFingerprint.of(elsewhere));
  }

  @Test
  void isTheHexPrefixOfTheSha256OfTheRecipe() {
    // sha256("r\0p\0i") computed independently: printf 'r\0p\0i' | sha256sum
    assertEquals("58a64961f50f2902dd30597544191421", StableFingerprint.of("r", "p", "i"));
    assertTrue(StableFingerprint.of("r", "p", "i").matches("[0-9a-f]{32}"));
  }

  private static Finding finding(String path, int line, String message, String identity) {
    return new Finding("esp-mutex-member", Severity.WARNING, message, SourceLocation.ofLine(path, line),
        List.of(), List.of(), Map.of(), identity);
  }
}
