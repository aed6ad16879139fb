package dev.allocpath.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceUrisTest {
  private final Path project = Path.of("/repo/firmware/app").toAbsolutePath();

  @Test
  void pathsAreNormalisedToCleanRelativeUris() {
    SourceUris uris = SourceUris.of(project, null);
    assertEquals("main/peer.cpp", uris.uriOf("main/peer.cpp"));
    assertEquals("main/peer.cpp", uris.uriOf("./main/peer.cpp"));
    assertEquals("main%5Cpeer.cpp", uris.uriOf("main\\peer.cpp"), "on Linux a backslash is part of the file name");
    assertEquals("main/peer.cpp", uris.uriOf("main/./peer.cpp"));
    assertEquals("main/peer.cpp", uris.uriOf("main//peer.cpp"));
  }

  @Test
  void unsafeCharactersArePercentEncoded() {
    SourceUris uris = SourceUris.of(project, null);
    assertEquals("my%20dir/a%23b%25.c", uris.uriOf("my dir/a#b%.c"));
    assertEquals("c%3Ax.c", uris.uriOf("c:x.c"));
    assertEquals("caf%C3%A9.c", uris.uriOf("café.c"));
    assertEquals("a-b_c~d(1)+x@y.c", uris.uriOf("a-b_c~d(1)+x@y.c"));
  }

  @Test
  void ancestorSourceRootPrefixesTheProjectPath() {
    SourceUris uris = SourceUris.of(project, project.getParent().getParent());
    assertEquals("firmware/app/main/peer.cpp", uris.uriOf("main/peer.cpp"));
    assertEquals(withSlash(Path.of("/repo").toAbsolutePath().toUri().toString()), uris.rootUri());
  }

  @Test
  void rootUriEndsWithASlash() {
    String uri = SourceUris.of(project, null).rootUri();
    assertEquals(withSlash(project.toUri().toString()), uri);
    assertEquals(project, Path.of(java.net.URI.create(uri)));
  }

  private static String withSlash(String uri) {
    return uri.endsWith("/") ? uri : uri + "/";
  }

  @Test
  void sourceRootOutsideTheProjectIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SourceUris.of(project, Path.of("/elsewhere")));
    // A sibling whose name merely starts with the same text is not an ancestor.
    assertThrows(
        IllegalArgumentException.class, () -> SourceUris.of(project, Path.of("/repo/firm")));
  }
}
