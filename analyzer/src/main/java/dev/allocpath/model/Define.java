package dev.allocpath.model;

/** A preprocessor definition ({@code -DNAME=value}); {@code value} is "1" for a bare {@code -DNAME}. */
public record Define(String name, String value, Scope scope, Origin origin) {}
