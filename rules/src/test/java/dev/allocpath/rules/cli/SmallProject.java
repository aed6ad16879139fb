package dev.allocpath.rules.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A two-component ESP-IDF project written into a temporary directory for CLI tests. */
final class SmallProject {
  private SmallProject() {}

  static Path write(Path root) {
    file(root, "components/net/CMakeLists.txt", "idf_component_register(SRCS src/net.cpp src/worker.c)\n");
    file(root, "components/net/src/net.cpp", """
        #include <mutex>
        struct Session {
          std::mutex lock;
          int id;
        };
        """);
    file(root, "components/net/src/worker.c", """
        #include <pthread.h>
        static void *run(void *arg) { return arg; }
        int start_worker(void) {
          pthread_t t;
          return pthread_create(&t, NULL, run, NULL);
        }
        """);
    file(root, "components/util/CMakeLists.txt", "idf_component_register(SRCS util.cpp)\n");
    file(root, "components/util/util.cpp", """
        #include <mutex>
        struct Registry {
          std::recursive_mutex guard;
        };
        """);
    return root;
  }

  static void file(Path root, String relative, String text) {
    try {
      Path path = root.resolve(relative);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
