package dev.allocpath.cmake;

import dev.allocpath.model.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One invocation of a built-in command, with its arguments expanded. */
final class CommandCall {
  final CMakeCommand command;
  final List<Arg> expanded;
  final Frame frame;
  final BuildSession session;
  private List<String> args;
  private List<String> listArgs;

  CommandCall(CMakeCommand command, List<Arg> expanded, Frame frame, BuildSession session) {
    this.command = command;
    this.expanded = expanded;
    this.frame = frame;
    this.session = session;
  }

  String name() {
    return command.name();
  }

  List<String> args() {
    if (args == null) {
      List<String> values = new ArrayList<>(expanded.size());
      for (Arg a : expanded) {
        values.add(a.value());
      }
      args = values;
    }
    return args;
  }

  /**
   * The arguments with each value split as a CMake list, for commands that take lists: a quoted
   * {@code "${srcs}"} holding {@code a.c;b.c} is one argument to CMake, but idf_component_register,
   * the target_* commands and add_library treat each element as an item of their own. Empty
   * elements are dropped, as those commands drop them.
   */
  List<String> listArgs() {
    if (listArgs == null) {
      List<String> values = new ArrayList<>(expanded.size());
      for (Arg a : expanded) {
        ListValues.split(a.value(), false, values);
      }
      listArgs = values;
    }
    return listArgs;
  }

  String arg(int i) {
    return i < args().size() ? args().get(i) : null;
  }

  Variables vars() {
    return frame.vars();
  }

  Origin origin() {
    return new Origin(frame.code().display(), command.line());
  }

  /** Reports something this command does not model; evaluation continues. */
  void unsupported(String message) {
    session.sink.unsupported(command.name() + "(): " + message, frame.code().display(), command.line());
  }

  void warning(String kind, String message) {
    session.sink.warning(kind, message, frame.code().display(), command.line());
  }

  void note(String kind, String message) {
    session.sink.note(kind, message, frame.code().display(), command.line());
  }

  /** A path argument made absolute against {@code base} and normalised. */
  Path resolve(String path, Path base) {
    return CompileOptionParser.resolve(base, path);
  }

  Path sourceDir() {
    return frame.sourceDir();
  }
}
