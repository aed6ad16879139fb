package dev.allocpath.cli;

/** A problem with what the user asked for; printed as one line, exit code 2. */
final class UsageException extends RuntimeException {
  private final String file;

  UsageException(String message) {
    this(message, null);
  }

  /** @param file the input at fault, project-relative when inside the project (for SARIF), or null */
  UsageException(String message, String file) {
    super(message);
    this.file = file;
  }

  String file() {
    return file;
  }
}
