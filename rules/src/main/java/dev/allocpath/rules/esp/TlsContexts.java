package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.BuildConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the project creates SSL contexts and where their record buffers go. mbedTLS allocates
 * an input and an output record buffer per context ({@code mbedtls_ssl_setup}, which ESP-TLS's
 * connection calls run), sized by {@code CONFIG_MBEDTLS_SSL_IN_CONTENT_LEN} and
 * {@code ..._OUT_CONTENT_LEN} plus the record overhead ({@link #RECORD_OVERHEAD}), from the heap
 * {@code CONFIG_MBEDTLS_MEM_ALLOC_MODE} names: internal RAM by default, PSRAM in external mode,
 * the default heap in default mode, or the allocator an application hands to
 * {@code mbedtls_platform_set_calloc_free}.
 */
public final class TlsContexts {
  /** Calls that create an SSL context. */
  static final Set<String> CREATORS = Set.of(
      "mbedtls_ssl_setup",
      "esp_tls_conn_new", "esp_tls_conn_new_sync", "esp_tls_conn_new_async",
      "esp_tls_conn_http_new", "esp_tls_conn_http_new_sync", "esp_tls_conn_http_new_async",
      "esp_tls_server_session_create");

  static final String SET_CALLOC_FREE = "mbedtls_platform_set_calloc_free";

  /**
   * Bytes each record buffer adds to its content length, from mbedTLS 3.6's ssl_misc.h (the
   * version ESP-IDF 5.x ships): the record header (13) plus MBEDTLS_SSL_PAYLOAD_OVERHEAD, i.e. the
   * largest IV (16), MAC (48, SHA-384) and CBC padding (256). An estimate: builds without CBC
   * suites or SHA-384 have less.
   */
  public static final long RECORD_OVERHEAD = 13 + 16 + 48 + 256;

  /** The {@code costs.} key that overrides {@link #RECORD_OVERHEAD}. */
  public static final String OVERHEAD_COST_KEY = "tls-record-overhead";

  private TlsContexts() {}

  public static List<TlsContext> find(ProjectFacts facts, long overhead) {
    BuildConfig config = facts.model().config();
    Placement placement = placement(facts, config);
    Sizes sizes = sizes(config, overhead);
    boolean dynamic = KconfigOption.read(config, "CONFIG_MBEDTLS_DYNAMIC_BUFFER").enabled();
    Map<SourceLocation, TlsContext> bySite = new LinkedHashMap<>();
    for (UnitFacts unit : facts.units()) {
      for (CallFact call : unit.calls()) {
        if (call.receiver() == null && CREATORS.contains(call.callee()) && !bySite.containsKey(call.location())) {
          bySite.put(call.location(), new TlsContext(call.location(), unit.component(), call.enclosingFunction(),
              call.callee(), sizes.in(), sizes.out(), sizes.from(), sizes.fromConfiguration(), placement.memory(),
              placement.decidedBy(), placement.at(), dynamic));
        }
      }
    }
    List<TlsContext> all = new ArrayList<>(bySite.values());
    all.sort(Comparator.comparing(TlsContext::location));
    return List.copyOf(all);
  }

  private record Sizes(long in, long out, String from, boolean fromConfiguration) {}

  private static Sizes sizes(BuildConfig config, long overhead) {
    KconfigOption asymmetric = KconfigOption.read(config, "CONFIG_MBEDTLS_ASYMMETRIC_CONTENT_LEN");
    KconfigOption in;
    KconfigOption out;
    if (asymmetric.enabled()) {
      in = KconfigOption.read(config, "CONFIG_MBEDTLS_SSL_IN_CONTENT_LEN");
      out = KconfigOption.read(config, "CONFIG_MBEDTLS_SSL_OUT_CONTENT_LEN");
    } else {
      in = KconfigOption.read(config, "CONFIG_MBEDTLS_SSL_MAX_CONTENT_LEN");
      out = in;
    }
    long inLen = in.value() == null ? 16384 : in.value();
    long outLen = out.value() == null ? 16384 : out.value();
    String from = (in == out ? in.describe() + " for both buffers" : in.describe() + " + " + out.describe())
        + " + " + overhead + " bytes of record overhead per buffer";
    return new Sizes(inLen + overhead, outLen + overhead, from, in.fromConfiguration() && out.fromConfiguration());
  }

  private record Placement(MemoryKind memory, String decidedBy, SourceLocation at) {}

  private static Placement placement(ProjectFacts facts, BuildConfig config) {
    KconfigOption external = KconfigOption.read(config, "CONFIG_MBEDTLS_EXTERNAL_MEM_ALLOC");
    KconfigOption heap = KconfigOption.read(config, "CONFIG_MBEDTLS_DEFAULT_MEM_ALLOC");
    KconfigOption custom = KconfigOption.read(config, "CONFIG_MBEDTLS_CUSTOM_MEM_ALLOC");
    if (external.enabled()) {
      return new Placement(MemoryKind.PSRAM, external.describeBool() + " allocates mbedTLS memory from PSRAM", null);
    }
    if (heap.enabled()) {
      return new Placement(MemoryKind.DEPENDS_ON_SIZE, heap.describeBool()
          + " allocates mbedTLS memory with the default malloc", null);
    }
    Placement hook = allocatorHook(facts);
    if (hook != null) {
      return hook;
    }
    if (custom.enabled()) {
      return new Placement(MemoryKind.DEPENDS_ON_SIZE, custom.describeBool()
          + " hands mbedTLS allocations to the application, and no " + SET_CALLOC_FREE + " call is in the analysed code",
          null);
    }
    KconfigOption internal = KconfigOption.read(config, "CONFIG_MBEDTLS_INTERNAL_MEM_ALLOC");
    String mode = internal.fromConfiguration() ? internal.describeBool()
        : config.known() ? "the configuration keeps ESP-IDF's default CONFIG_MBEDTLS_MEM_ALLOC_MODE (internal)"
        : "ESP-IDF's default configuration (CONFIG_MBEDTLS_INTERNAL_MEM_ALLOC, " + EspIdfDefaults.BASIS + ")";
    return new Placement(MemoryKind.INTERNAL, mode + " allocates mbedTLS memory from internal RAM, and no "
        + SET_CALLOC_FREE + " call with a non-internal allocator is in the analysed code", null);
  }

  /**
   * A live {@code mbedtls_platform_set_calloc_free(my_calloc, my_free)} anywhere in the project:
   * the allocator's body says where it allocates (MALLOC_CAP_SPIRAM: PSRAM; MALLOC_CAP_INTERNAL
   * or DMA: internal; anything else, or a body not in the analysed code: the default heap).
   */
  private static Placement allocatorHook(ProjectFacts facts) {
    CallFact hook = facts.units().stream().flatMap(u -> u.calls().stream())
        .filter(c -> c.callee().equals(SET_CALLOC_FREE) && !c.arguments().isEmpty())
        .min(Comparator.comparing(CallFact::location)).orElse(null);
    if (hook == null) {
      return null;
    }
    CallGraph graph = CallGraph.ofProject(facts);
    String allocator = hook.arguments().get(0).text().replace("&", "").strip();
    MemoryKind memory = null;
    for (FunctionFact definition : graph.definitions(PthreadConfigs.simple(allocator))) {
      for (CallFact inside : graph.callsIn(definition.qualifiedName())) {
        for (var argument : inside.arguments()) {
          MemoryKind asked = argument.text().contains("MALLOC_CAP_") ? MemoryCaps.of(argument.text(), null) : null;
          if (asked == MemoryKind.PSRAM || memory == null && asked != null) {
            memory = asked;
          }
        }
      }
    }
    if (memory == MemoryKind.INTERNAL) {
      return new Placement(MemoryKind.INTERNAL, SET_CALLOC_FREE + " hands mbedTLS '" + allocator
          + "', which allocates from internal RAM", hook.location());
    }
    return new Placement(memory == null ? MemoryKind.DEPENDS_ON_SIZE : memory, SET_CALLOC_FREE + " hands mbedTLS '"
        + allocator + "', which allocates from " + (memory == MemoryKind.PSRAM ? "PSRAM"
        : "the default heap or an allocator not in the analysed code"), hook.location());
  }
}
