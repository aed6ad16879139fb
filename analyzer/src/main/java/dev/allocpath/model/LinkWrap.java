package dev.allocpath.model;

/** A linker symbol wrap ({@code -Wl,--wrap=SYMBOL}). */
public record LinkWrap(String symbol, Scope scope, Origin origin) {}
