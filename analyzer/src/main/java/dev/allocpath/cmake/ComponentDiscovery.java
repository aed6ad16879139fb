package dev.allocpath.cmake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds component directories: every directory with a CMakeLists.txt directly under a component
 * root, and the EXTRA_COMPONENT_DIRS entries (a component directory itself, or a directory of
 * components). A component root works the same way: {@code main}, which ESP-IDF treats as a
 * component, is one when named as a root ({@code --with-main} or {@code --component-root main});
 * naming a root also lifts the default exclusion of that name ({@code main},
 * {@code managed_components}). Dot-directories are skipped (as ESP-IDF does), so are excluded names. When two
 * directories have the same name the first one wins: component roots come before extra
 * directories, as in ESP-IDF where project components override the others.
 */
final class ComponentDiscovery {
  private final BuildSession session;
  private final List<String> excludes = new ArrayList<>();

  ComponentDiscovery(BuildSession session) {
    this.session = session;
    excludes.addAll(ModelOptions.DEFAULT_EXCLUDES);
    for (String root : session.options.componentRoots()) {
      // A default exclusion never drops what the user named as a root.
      Path named = CompileOptionParser.resolve(session.root, root).getFileName();
      if (named != null) {
        excludes.remove(named.toString());
      }
    }
    excludes.addAll(session.options.extraExcludes());
  }

  /** Registers the components found, in priority order, in the session. */
  void discover(List<String> extraComponentDirs, String extraOrigin, int extraLine) {
    for (String root : session.options.componentRoots()) {
      Path dir = CompileOptionParser.resolve(session.root, root);
      if (!session.files.mayRead(dir)) {
        session.sink.note(NotificationSink.OUTSIDE_ROOT,
            "component root '" + root + "' is outside the project root and was not searched", null, 0);
        continue;
      }
      if (!dir.equals(session.root) && session.files.isFile(dir.resolve("CMakeLists.txt"))) {
        // The root is a component itself (main/), as for an EXTRA_COMPONENT_DIRS entry.
        add(dir);
      } else {
        scanParent(dir);
      }
    }
    for (String entry : extraComponentDirs) {
      Path dir = CompileOptionParser.resolve(session.root, entry);
      if (!session.files.mayRead(dir)) {
        session.sink.note(NotificationSink.OUTSIDE_ROOT, "EXTRA_COMPONENT_DIRS entry '" + entry
            + "' is outside the project root and was not searched", extraOrigin, extraLine);
      } else if (session.files.isFile(dir.resolve("CMakeLists.txt"))) {
        if (!add(dir)) {
          session.sink.note(NotificationSink.COMPONENT, "EXTRA_COMPONENT_DIRS entry '" + entry
              + "' is excluded from the scan", extraOrigin, extraLine);
        }
      } else if (session.files.isDirectory(dir)) {
        scanParent(dir);
      } else {
        session.sink.warning(NotificationSink.COMPONENT,
            "EXTRA_COMPONENT_DIRS entry '" + entry + "' does not exist", extraOrigin, extraLine);
      }
    }
  }

  private void scanParent(Path parent) {
    if (!session.files.isDirectory(parent)) {
      return;
    }
    List<Path> children = new ArrayList<>();
    try (var stream = Files.newDirectoryStream(parent)) {
      for (Path child : stream) {
        children.add(child.normalize());
      }
    } catch (IOException | SecurityException e) {
      session.sink.warning(NotificationSink.COMPONENT, "cannot list '" + session.files.display(parent) + "'",
          session.files.display(parent), 0);
      return;
    }
    children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path child : children) {
      if (child.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (!session.files.mayRead(child)) {
        session.sink.note(NotificationSink.OUTSIDE_ROOT, "'" + session.files.display(child)
            + "' leads outside the project root (symlink) and was not read", session.files.display(child), 0);
        continue;
      }
      if (session.files.isDirectory(child) && session.files.isFile(child.resolve("CMakeLists.txt"))) {
        add(child);
      } else if (session.files.isDirectory(child) && java.nio.file.Files.isRegularFile(child.resolve("CMakeLists.txt"))) {
        // There, but a symlink out of the project: say so rather than drop the component silently.
        String cmake = session.files.display(child.resolve("CMakeLists.txt"));
        session.sink.warning(NotificationSink.OUTSIDE_ROOT, "CMake file leads outside the project root (a symlink) "
            + "and was not read; the component is not analysed", cmake, 1);
      }
    }
  }

  /** Registers a component directory; false when the excludes drop it. */
  private boolean add(Path dir) {
    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
    String relative = session.files.display(dir);
    for (String exclude : excludes) {
      String e = exclude.endsWith("/") ? exclude.substring(0, exclude.length() - 1) : exclude;
      if (name.equals(e) || relative.equals(e) || relative.startsWith(e + "/")) {
        return false;
      }
    }
    ComponentState existing = session.components.get(name);
    if (existing != null) {
      if (!existing.dir.equals(dir)) {
        session.sink.note(NotificationSink.COMPONENT, "component '" + name + "' in '" + relative
            + "' is ignored: '" + session.files.display(existing.dir) + "' has the same name",
            session.files.display(dir.resolve("CMakeLists.txt")), 1);
      }
      return true;
    }
    session.components.put(name, new ComponentState(name, dir, dir.resolve("CMakeLists.txt")));
    return true;
  }
}
