package dev.allocpath.rules.esp;

/** Which memory a block lands in, as the bill and the messages name it. */
public enum MemoryKind {
  INTERNAL("internal"),
  PSRAM("PSRAM"),
  /** The default heap with PSRAM enabled for malloc: small blocks internal, large ones PSRAM. */
  DEPENDS_ON_SIZE("depends on size");

  private final String words;

  MemoryKind(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
