package dev.allocpath.config;

/** A configuration file problem, already phrased for the user (file, line, key, allowed values). */
public final class ConfigException extends Exception {
  public ConfigException(String message) {
    super(message);
  }
}
