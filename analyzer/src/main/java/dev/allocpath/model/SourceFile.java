package dev.allocpath.model;

import java.nio.file.Path;

/** A source a component compiles, and the build line that listed it. */
public record SourceFile(Path file, Origin origin) {}
