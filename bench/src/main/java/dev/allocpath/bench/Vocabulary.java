package dev.allocpath.bench;

import java.util.List;

/** Words that generated identifiers are made of, chosen to read like embedded networking code. */
final class Vocabulary {
  private Vocabulary() {}

  static final List<String> AREAS = List.of(
      "net", "rtp", "ice", "sctp", "mqtt", "codec", "audio", "video", "ota", "nvs", "ble", "wifi",
      "http", "tls", "sensor", "gfx", "storage", "shell", "cfg", "stun", "dtls", "sdp", "media",
      "usb", "modbus", "coap", "lwm2m", "cam", "power", "touch");

  static final List<String> ROLES = List.of(
      "core", "stack", "mux", "proxy", "engine", "bridge", "client", "server", "driver", "util",
      "transport", "session", "agent", "manager", "service", "port");

  static final List<String> NOUNS = List.of(
      "packet", "frame", "buffer", "queue", "channel", "stream", "session", "peer", "socket",
      "timer", "route", "entry", "record", "header", "chunk", "message", "request", "response",
      "track", "candidate", "binding", "context", "handle", "slot", "block", "window", "cookie",
      "token", "segment", "payload", "config", "state", "table", "cache", "pool", "event", "key",
      "label", "counter", "credit", "lease", "path", "node", "link", "port", "tag", "range");

  static final List<String> VERBS = List.of(
      "init", "open", "close", "send", "recv", "parse", "build", "encode", "decode", "update",
      "reset", "flush", "find", "insert", "remove", "lookup", "apply", "handle", "process", "check",
      "validate", "serialize", "schedule", "cancel", "notify", "register", "release", "acquire",
      "merge", "split", "drain", "fill", "emit", "poll", "resolve", "bind", "attach", "detach",
      "refresh", "expire");

  static final List<String> STATES = List.of(
      "IDLE", "NEW", "CONNECTING", "CONNECTED", "ESTABLISHED", "CLOSING", "CLOSED", "FAILED",
      "WAITING", "READY", "GATHERING", "COMPLETED", "DISCONNECTED", "SHUTDOWN", "PAUSED");

  static final List<String> LOG_WORDS = List.of(
      "invalid", "unexpected", "dropping", "retrying", "accepted", "rejected", "timeout on",
      "no room for", "duplicate", "stale", "missing", "truncated", "oversized", "malformed",
      "queued", "sent", "received", "closed", "opened", "expired");

  static String camel(String snake) {
    StringBuilder sb = new StringBuilder();
    boolean upper = true;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }

  static String lowerCamel(String snake) {
    String camel = camel(snake);
    return Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
  }
}
