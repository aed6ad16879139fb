package dev.allocpath.rules.esp;

import java.util.regex.Pattern;

/**
 * Reads a {@code MALLOC_CAP_*} argument (as written, or folded to a number when a header
 * defined the names) just far enough to say where a task stack goes: PSRAM when it asks for
 * SPIRAM, internal when it asks for INTERNAL or DMA, the default heap otherwise. The bit values
 * are those of ESP-IDF's esp_heap_caps.h (v5.x).
 */
final class MemoryCaps {
  private static final long CAP_DMA = 1L << 3;
  private static final long CAP_SPIRAM = 1L << 10;
  private static final long CAP_INTERNAL = 1L << 11;
  private static final Pattern SPIRAM = Pattern.compile("\\bMALLOC_CAP_SPIRAM\\b");
  private static final Pattern INTERNAL = Pattern.compile("\\bMALLOC_CAP_(INTERNAL|DMA|DMA_DESC_AHB|DMA_DESC_AXI|RTCRAM|TCM)\\b");
  private static final Pattern ANY_CAP = Pattern.compile("\\bMALLOC_CAP_[A-Z0-9_]+\\b");

  private MemoryCaps() {}

  /** The memory a caps expression asks for; null when it is neither readable nor foldable. */
  static MemoryKind of(String caps, ConstantExpressions constants) {
    if (caps == null) {
      return null;
    }
    if (SPIRAM.matcher(caps).find()) {
      return MemoryKind.PSRAM;
    }
    if (INTERNAL.matcher(caps).find()) {
      return MemoryKind.INTERNAL;
    }
    if (ANY_CAP.matcher(caps).find()) {
      return MemoryKind.DEPENDS_ON_SIZE; // MALLOC_CAP_DEFAULT, MALLOC_CAP_8BIT: any heap that has room
    }
    ConstantExpressions.Folded folded = constants.fold(caps);
    if (!folded.known()) {
      return null;
    }
    long bits = folded.value();
    if ((bits & CAP_SPIRAM) != 0) {
      return MemoryKind.PSRAM;
    }
    if ((bits & (CAP_INTERNAL | CAP_DMA)) != 0) {
      return MemoryKind.INTERNAL;
    }
    return MemoryKind.DEPENDS_ON_SIZE;
  }
}
