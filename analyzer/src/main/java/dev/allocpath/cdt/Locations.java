package dev.allocpath.cdt;

import dev.allocpath.api.SourceLocation;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTNode;

/**
 * Turns CDT file locations into {@link SourceLocation}s: project-relative path, 1-based line and
 * column in UTF-16 units, exclusive end column. A node produced by a macro expansion has the
 * location of the expansion where it is used (that is what CDT's file location of such a node
 * is), so findings point at code the user wrote.
 */
final class Locations {
  private final UnitFiles files;
  private final Map<String, String> relativePaths = new HashMap<>();

  Locations(UnitFiles files) {
    this.files = files;
  }

  /** The node's location, or null for nodes without one in a served file (built-ins). */
  SourceLocation of(IASTNode node) {
    return node == null ? null : of(node.getFileLocation());
  }

  SourceLocation of(IASTFileLocation location) {
    if (location == null) {
      return null;
    }
    return span(location.getFileName(), location.getNodeOffset(), location.getNodeLength());
  }

  /** A region of a served file; null if the file was not served by this parse or is internal. */
  SourceLocation span(String fileName, int offset, int length) {
    SourceText text = files.served(fileName);
    if (text == null || files.isInternal(fileName)) {
      return null;
    }
    int end = offset + Math.max(0, length);
    return new SourceLocation(
        relative(fileName), text.line(offset), text.column(offset), text.line(end), text.column(end));
  }

  /** Line-only location of a served file, for notifications. */
  SourceLocation line(String fileName, int line) {
    return SourceLocation.ofLine(relative(fileName), line);
  }

  String relative(String fileName) {
    return relativePaths.computeIfAbsent(fileName, files::relative);
  }
}
