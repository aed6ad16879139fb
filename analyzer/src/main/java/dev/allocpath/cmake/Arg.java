package dev.allocpath.cmake;

/**
 * One argument after expansion. {@code quoted} matters to {@code if()}: a quoted argument is never
 * taken as a variable name or a keyword.
 */
record Arg(String value, boolean quoted) {}
