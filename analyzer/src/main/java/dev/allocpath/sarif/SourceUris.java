package dev.allocpath.sarif;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns project-relative paths into the relative URIs results carry. GitHub resolves them against
 * the repository root only, so when the firmware project sits below the repository root
 * ({@code --source-root} is an ancestor) every URI gets the project's position as a prefix.
 */
public final class SourceUris {
  private final Path sourceRoot;
  private final String prefix;

  private SourceUris(Path sourceRoot, String prefix) {
    this.sourceRoot = sourceRoot;
    this.prefix = prefix;
  }

  /**
   * @param sourceRoot {@code null} for the project root itself
   * @throws IllegalArgumentException if the source root does not contain the project
   */
  public static SourceUris of(Path projectRoot, Path sourceRoot) {
    Path project = projectRoot.toAbsolutePath().normalize();
    Path source = sourceRoot == null ? project : sourceRoot.toAbsolutePath().normalize();
    if (!project.startsWith(source)) {
      throw new IllegalArgumentException(
          "source root " + source + " does not contain the project root " + project);
    }
    String relative = source.relativize(project).toString().replace(java.io.File.separatorChar, '/');
    return new SourceUris(source, relative.isEmpty() ? "" : encode(relative) + "/");
  }

  /** The relative URI of a project-relative path: forward slashes, no {@code ./}, percent-encoded. */
  public String uriOf(String projectPath) {
    return prefix + encode(normalize(projectPath));
  }

  /** The absolute {@code file:} URI of the source root, ending with {@code /} as SARIF requires. */
  public String rootUri() {
    String uri = sourceRoot.toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  static String normalize(String path) {
    String p = path.replace(java.io.File.separatorChar, '/');
    while (p.contains("//")) {
      p = p.replace("//", "/");
    }
    while (p.contains("/./")) {
      p = p.replace("/./", "/");
    }
    while (p.startsWith("./") || p.startsWith("/")) {
      p = p.substring(p.startsWith("./") ? 2 : 1);
    }
    return p;
  }

  /**
   * Percent-encodes everything but unreserved characters, sub-delimiters, {@code @} and the slash.
   * The colon is encoded too, so that a first segment like {@code c:x.c} is not read as a scheme.
   */
  static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isPathSafe(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isPathSafe(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=@/".indexOf(c) >= 0;
  }
}
