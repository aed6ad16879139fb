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
