package dev.allocpath.cmake;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code file(GLOB)} and {@code file(GLOB_RECURSE)}: wildcard patterns ({@code * ? [..]}) matched
 * against the files under the pattern's literal directory prefix, results sorted. Symlinked
 * directories are not entered unless asked (FOLLOW_SYMLINKS), and even then never out of the
 * project and never round a loop.
 */
final class Glob {
  /** Glob pattern to regex; patterns repeat across components, so they are compiled once. */
  private final Map<String, Pattern> compiled = new HashMap<>();
  private final ProjectFiles files;

  Glob(ProjectFiles files) {
    this.files = files;
  }

  /** What a glob call needs besides the pattern. */
  record Request(boolean recurse, boolean listDirectories, boolean followSymlinks) {}

  /** Results, plus the directories that were not entered because they lie outside the project. */
  record Result(List<Path> paths, List<Path> skippedOutside) {}

  Result run(Path absolutePattern, Request request) {
    String pattern = slashes(absolutePattern.toString());
    String[] segments = pattern.split("/");
    int firstWild = -1;
    for (int i = 0; i < segments.length; i++) {
      if (hasWildcard(segments[i])) {
        firstWild = i;
        break;
      }
    }
    List<Path> skipped = new ArrayList<>();
    if (firstWild < 0) {
      Path literal = absolutePattern.normalize();
      boolean present = files.isFile(literal) || (request.listDirectories && files.isDirectory(literal));
      return new Result(present ? List.of(literal) : List.of(), skipped);
    }
    StringBuilder prefixText = new StringBuilder();
    for (int i = 0; i < firstWild; i++) {
      prefixText.append(segments[i]).append('/');
    }
    Path prefix = Path.of(prefixText.length() == 0 ? "/" : prefixText.toString()).normalize();
    if (!files.mayRead(prefix)) {
      skipped.add(prefix);
      return new Result(List.of(), skipped);
    }
    if (!files.isDirectory(prefix)) {
      return new Result(List.of(), skipped);
    }
    List<String> rest = List.of(segments).subList(firstWild, segments.length);
    Pattern matcher = compiled.computeIfAbsent(request.recurse + ":" + String.join("/", rest),
        k -> Pattern.compile(toRegex(rest, request.recurse)));
    int depth = request.recurse ? Integer.MAX_VALUE : rest.size();
    TreeSet<String> found = new TreeSet<>();
    // The literal prefix is opened like any directory even when it is a symlink (inside the project,
    // checked above); only links met during the walk are subject to FOLLOW_SYMLINKS.
    Path walkRoot = prefix;
    try {
      walkRoot = prefix.toRealPath();
    } catch (IOException | SecurityException e) {
      return new Result(List.of(), skipped);
    }
    walk(walkRoot, depth, request, matcher, found, skipped);
    List<Path> out = new ArrayList<>(found.size());
    for (String relative : found) {
      out.add(prefix.resolve(relative));
    }
    return new Result(out, skipped);
  }

  private void walk(Path prefix, int depth, Request request, Pattern matcher, Set<String> found, List<Path> skipped) {
    Set<FileVisitOption> options =
        request.followSymlinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
    try {
      Files.walkFileTree(prefix, options, depth, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(prefix)) {
            if (!files.mayRead(dir)) {
              skipped.add(dir);
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (request.listDirectories) {
              offer(dir);
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          // At the depth limit directories arrive here too; a symlink not followed is an entry.
          if (!attrs.isDirectory() || request.listDirectories) {
            offer(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          // FileSystemLoopException: a symlink cycle, reached only with FOLLOW_SYMLINKS. Skip it.
          return FileVisitResult.CONTINUE;
        }

        private void offer(Path path) {
          String relative = slashes(prefix.relativize(path).toString());
          if (matcher.matcher(relative).matches()) {
            found.add(relative);
          }
        }
      });
    } catch (IOException | SecurityException e) {
      // An unreadable directory contributes nothing; CMake behaves the same way.
    }
  }

  /**
   * Forward slashes for the platform's separator only: on Linux a backslash is an ordinary
   * character of a file name, and turning it into '/' made such files unmatchable.
   */
  private static String slashes(String path) {
    return java.io.File.separatorChar == '/' ? path : path.replace(java.io.File.separatorChar, '/');
  }

  static boolean hasWildcard(String segment) {
    return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0 || segment.indexOf('[') >= 0;
  }

  /**
   * The regex for the path below the literal prefix. With recursion the last segment may match at
   * any depth below the directory segments, as CMake's GLOB_RECURSE does.
   */
  static String toRegex(List<String> segments, boolean recurse) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      boolean last = i == segments.size() - 1;
      if (last && recurse) {
        regex.append("(?:[^/]+/)*");
      }
      appendSegment(segments.get(i), regex);
      if (!last) {
        regex.append('/');
      }
    }
    return regex.toString();
  }

  private static void appendSegment(String segment, StringBuilder regex) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      switch (c) {
        case '*' -> regex.append("[^/]*");
        case '?' -> regex.append("[^/]");
        case '[' -> {
          int close = segment.indexOf(']', i + 2);
          if (close < 0) {
            regex.append("\\[");
          } else {
            String body = segment.substring(i + 1, close);
            regex.append('[');
            int from = 0;
            if (body.startsWith("!") || body.startsWith("^")) {
              regex.append('^');
              from = 1;
            }
            for (int j = from; j < body.length(); j++) {
              char b = body.charAt(j);
              // A range's '-' stays; everything else is literal (Java gives '&&', '[', '\\' meaning).
              boolean range = b == '-' && j > from && j + 1 < body.length();
              regex.append(range ? "-" : literal(b));
            }
            regex.append(']');
            i = close;
          }
        }
        default -> regex.append(literal(c));
      }
    }
  }

  /**
   * One character of a file name as a regex that matches exactly it: letters and digits as they
   * are, surrogates raw (the pair is one literal code point to the regex), everything else as a
   * hex escape, so '\\', '$', newline and the rest mean themselves.
   */
  private static String literal(char c) {
    return Character.isLetterOrDigit(c) || Character.isSurrogate(c) ? String.valueOf(c)
        : "\\x{" + Integer.toHexString(c) + "}";
  }

  /** Files directly in {@code dir} whose names end with one of the extensions, sorted. */
  List<Path> listByExtension(Path dir, List<String> extensions) {
    List<Path> out = new ArrayList<>();
    if (!files.isDirectory(dir)) {
      return out;
    }
    try (var stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        String name = p.getFileName().toString();
        for (String ext : extensions) {
          if (name.endsWith(ext) && Files.isRegularFile(p)) {
            out.add(p.normalize());
            break;
          }
        }
      }
    } catch (IOException | SecurityException e) {
      return out;
    }
    out.sort((a, b) -> a.toString().compareTo(b.toString()));
    return out;
  }
}
