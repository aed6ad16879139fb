package dev.allocpath.model;

import java.nio.file.Path;

/**
 * A force-included header ({@code -include FILE}).
 *
 * @param spelled the file as written in the build
 * @param file the resolved absolute file, or null when it could not be found
 */
public record ForcedInclude(String spelled, Path file, Scope scope, Origin origin) {}
