package dev.allocpath.cdt;

/**
 * Unwinds a parse whose time limit passed. An {@link Error} rather than an exception so that
 * {@code catch (Exception)} blocks inside CDT cannot swallow it; no stack trace is filled in.
 */
final class ParseTimeoutError extends Error {
  private static final long serialVersionUID = 1L;

  ParseTimeoutError() {
    super("parse time limit exceeded", null, false, false);
  }
}
