package dev.allocpath.rules.esp;

import dev.allocpath.model.BuildConfig;
import dev.allocpath.model.ConfigValue;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides where an allocation's block goes once redirects are accounted for (a wrap or a
 * redirect macro sends it to PSRAM before this model is asked):
 *
 * <ul>
 *   <li>no configuration: the C allocators serve internal RAM (the model without sdkconfig);
 *   <li>{@code CONFIG_SPIRAM} off: there is no PSRAM, so nothing could have gone there;
 *   <li>{@code CONFIG_SPIRAM_USE_MALLOC} off: {@code malloc()} never uses PSRAM;
 *   <li>{@code CONFIG_SPIRAM_USE_MALLOC} on: blocks of at most
 *       {@code CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL} bytes come from internal RAM first, larger
 *       ones from PSRAM first; a threshold of 0 sends every block to PSRAM first;
 *   <li>{@code heap_caps_*}: the caps decide; internal-only caps are internal on purpose; caps
 *       that leave the choice to the allocator are judged only when the configuration has PSRAM.
 * </ul>
 *
 * Read against ESP-IDF 5.0 to 5.5 ({@code heap_caps_malloc_default()} in
 * {@code components/heap/heap_caps.c}, the Kconfig of {@code esp_psram}).
 */
final class HeapPlacementModel {
  /**
   * The Kconfig default of {@code CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL} when
   * {@code CONFIG_SPIRAM_USE_MALLOC} is on, unchanged from ESP-IDF 4.4 to 5.5.
   */
  static final long IDF_DEFAULT_ALWAYSINTERNAL = 16384;
  static final String IDF_DEFAULT_CHECKED_AGAINST = "ESP-IDF 5.5";

  static final String SPIRAM = "CONFIG_SPIRAM";
  static final String USE_MALLOC = "CONFIG_SPIRAM_USE_MALLOC";
  static final String ALWAYSINTERNAL = "CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL";

  /**
   * One decision.
   *
   * @param decidedBy the fact that decided, for people and the SARIF {@code decidedBy} property
   * @param clause what the message adds after the redirect reasons; empty when nothing
   * @param threshold the always-internal limit that applied; null when none did
   * @param noPsram the configuration has no PSRAM: internal RAM is the only choice, not a finding
   * @param onPurpose the call asked for internal RAM by its caps
   */
  record Decision(HeapPlacement placement, AllocationSize size, String decidedBy, String clause,
      Long threshold, boolean noPsram, boolean onPurpose) {
    /** A warning: the block lands in internal RAM (or tries it first) and PSRAM was an option. */
    boolean warns() {
      return placement.internal() && !noPsram && !onPurpose;
    }

    /** A note: the heap depends on something the analysis cannot fold. */
    boolean notes() {
      return placement.undecided() && !noPsram;
    }
  }

  private final BuildConfig config;

  HeapPlacementModel(BuildConfig config) {
    this.config = config;
  }

  boolean configured() {
    return config.known();
  }

  /** A C allocator call that nothing redirected. */
  Decision forSymbol(String symbol, AllocationSize size) {
    if (!config.known()) {
      return new Decision(HeapPlacement.INTERNAL, size, "no PSRAM redirect (no sdkconfig: configuration unknown)",
          "", null, false, false);
    }
    if (!config.bool(SPIRAM).orElse(false)) {
      return new Decision(HeapPlacement.INTERNAL, size, SPIRAM + " not set" + origin(SPIRAM) + ": no PSRAM",
          "", null, true, false);
    }
    if (!config.bool(USE_MALLOC).orElse(false)) {
      return new Decision(HeapPlacement.INTERNAL, size, USE_MALLOC + " not set" + origin(USE_MALLOC),
          USE_MALLOC + " is not set" + origin(USE_MALLOC) + ", so " + symbol + " never uses PSRAM",
          null, false, false);
    }
    long threshold = config.number(ALWAYSINTERNAL).orElse(IDF_DEFAULT_ALWAYSINTERNAL);
    String limit = ALWAYSINTERNAL + "=" + threshold + " (" + thresholdOrigin() + ")";
    String source = "(" + ALWAYSINTERNAL + ", " + thresholdOrigin() + ")";
    if (threshold == 0) {
      return new Decision(HeapPlacement.PSRAM_FIRST, size, limit, "", threshold, false, false);
    }
    if (!size.known()) {
      String what = size.expression() == null || size.expression().isEmpty()
          ? "its size is not a constant" : "its size '" + size.expression() + "' is not a constant";
      return new Decision(HeapPlacement.SIZE_DEPENDENT, size, limit,
          what + ": with " + USE_MALLOC + " it is internal when n <= " + threshold + " " + source
              + " and PSRAM-first above", threshold, false, false);
    }
    if (size.bytes() <= threshold) {
      return new Decision(HeapPlacement.INTERNAL_FIRST, size, limit,
          "with " + USE_MALLOC + ", blocks of at most " + threshold + " bytes come from internal RAM first "
              + source, threshold, false, false);
    }
    return new Decision(HeapPlacement.PSRAM_FIRST, size, limit, "", threshold, false, false);
  }

  /** A capability-allocator call; {@code caps} null when the caps are not a readable constant. */
  Decision forCaps(String function, CapsReading.Caps caps, AllocationSize size, boolean preference) {
    // Without a configuration nothing says PSRAM exists: the caps are judged only with one, so
    // that a project without sdkconfig keeps the findings it had before caps were read.
    boolean noPsram = !config.known() || !config.bool(SPIRAM).orElse(false);
    if (caps == null) {
      return new Decision(HeapPlacement.UNKNOWN, size, "caps not constant",
          "its caps are not a constant, so the heap cannot be told", null, noPsram, false);
    }
    String named = caps.names().isEmpty() ? "caps 0" : "caps " + caps.text();
    if (caps.has("MALLOC_CAP_SPIRAM")) {
      return new Decision(preference ? HeapPlacement.PSRAM_FIRST : HeapPlacement.PSRAM, size, named, "", null,
          noPsram, false);
    }
    if (caps.internalOnly()) {
      return new Decision(preference ? HeapPlacement.INTERNAL_FIRST : HeapPlacement.INTERNAL, size, named,
          "", null, noPsram, true);
    }
    return new Decision(HeapPlacement.INTERNAL_FIRST, size, named,
        "with " + (caps.names().isEmpty() ? "no caps" : caps.text())
            + " and no MALLOC_CAP_SPIRAM, " + function + " tries the internal heaps first"
            + " (ESP-IDF registers them before PSRAM)", null, noPsram, false);
  }

  private String origin(String option) {
    Optional<ConfigValue> value = Optional.ofNullable(config.values().get(option));
    return value.map(v -> " (" + v.origin() + ")").orElse("");
  }

  private String thresholdOrigin() {
    Optional<ConfigValue> value = config.value(ALWAYSINTERNAL);
    if (value.isPresent() && config.number(ALWAYSINTERNAL).isPresent()) {
      return value.get().origin();
    }
    return String.format(Locale.ROOT, "the ESP-IDF default, checked against %s", IDF_DEFAULT_CHECKED_AGAINST);
  }
}
