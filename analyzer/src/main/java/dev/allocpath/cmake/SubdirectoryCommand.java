package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * add_subdirectory(source_dir [binary_dir] [EXCLUDE_FROM_ALL] [SYSTEM]): runs the directory's
 * CMakeLists.txt in a child scope of the caller, as CMake does (it sees the caller's variables;
 * its own stay inside unless set with PARENT_SCOPE). Targets it defines belong to the scan; settings
 * it makes at directory level reach only targets of that directory and below.
 */
final class SubdirectoryCommand {
  private SubdirectoryCommand() {}

  static void register(Map<String, CommandHandler> table) {
    table.put("add_subdirectory", SubdirectoryCommand::run);
  }

  private static void run(CommandCall call) {
    List<String> a = call.args();
    if (a.isEmpty()) {
      call.unsupported("no directory given; ignored");
      return;
    }
    Path dir = call.resolve(a.get(0), call.sourceDir());
    BuildSession session = call.session;
    if (!session.files.mayRead(dir)) {
      call.note(NotificationSink.OUTSIDE_ROOT, "add_subdirectory(): '" + session.files.display(dir)
          + "' is outside the project root and was not read");
      return;
    }
    Path cmakeLists = dir.resolve("CMakeLists.txt");
    if (!session.files.isFile(cmakeLists)) {
      call.warning(NotificationSink.MISSING_INCLUDE, "add_subdirectory(): '" + session.files.display(dir)
          + "' has no CMakeLists.txt");
      return;
    }
    if (call.frame.depth() > Interpreter.MAX_DEPTH) {
      call.unsupported("nesting limit reached at '" + session.files.display(dir) + "'; not read");
      return;
    }
    Path currentBinary = Path.of(call.vars().getOrEmpty("CMAKE_CURRENT_BINARY_DIR").isEmpty()
        ? session.root.resolve("build").toString() : call.vars().get("CMAKE_CURRENT_BINARY_DIR"));
    String binaryArg = a.size() > 1 && !a.get(1).equals("EXCLUDE_FROM_ALL") && !a.get(1).equals("SYSTEM") ? a.get(1) : null;
    Path binary = binaryArg != null ? call.resolve(binaryArg, currentBinary)
        : currentBinary.resolve(dir.getFileName() == null ? "sub" : dir.getFileName().toString()).normalize();
    Variables scope = call.vars().child();
    scope.set("CMAKE_CURRENT_SOURCE_DIR", dir.toString());
    scope.set("CMAKE_CURRENT_BINARY_DIR", binary.toString());
    Frame.ListFile file = session.listFile(cmakeLists);
    session.runFile(new Frame(scope, file, file, call.frame.component(), null, call.frame.depth() + 1));
  }
}
