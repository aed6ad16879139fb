package dev.allocpath.model;

import java.nio.file.Path;

/** An include directory ({@code -I}) with the scope it was declared with. */
public record IncludeDir(Path dir, Scope scope, Origin origin) {}
