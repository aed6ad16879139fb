package dev.allocpath.api;

/** A location a finding refers to (SARIF relatedLocation), e.g. the redirect other components use. */
public record RelatedLocation(SourceLocation location, String message) {}
