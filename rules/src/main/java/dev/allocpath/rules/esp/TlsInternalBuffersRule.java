package dev.allocpath.rules.esp;

import dev.allocpath.api.FindingBuilder;
import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleContext;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.api.Severity;
import dev.allocpath.facts.ProjectFacts;
import java.util.List;
import java.util.Locale;

/**
 * Reports each place that creates an SSL/TLS/DTLS context while mbedTLS allocates from internal
 * RAM (the configuration's allocation mode, no PSRAM allocator handed to mbedTLS), with the
 * bytes of record buffers per context.
 */
@RuleInfo(
    id = "esp-tls-internal-buffers",
    summary = "An SSL context is created while mbedTLS allocates its record buffers from internal RAM.",
    severity = Severity.WARNING,
    precision = "high",
    tags = {"memory", "internal-ram", "esp-idf", "tls"})
public final class TlsInternalBuffersRule implements Rule {
  @Override
  public List<String> costKeys() {
    return List.of(TlsContexts.OVERHEAD_COST_KEY);
  }

  @Override
  public void check(ProjectFacts facts, RuleContext context) {
    long overhead = context.settings().number("costs." + TlsContexts.OVERHEAD_COST_KEY, TlsContexts.RECORD_OVERHEAD);
    for (TlsContext tls : TlsContexts.find(facts, overhead)) {
      if (tls.memory() == MemoryKind.INTERNAL) {
        context.report(finding(tls, facts.model().config().known()));
      }
    }
  }

  private static FindingBuilder finding(TlsContext tls, boolean configured) {
    String total = bytes(tls.bytes());
    String message = "Each SSL context created here (" + tls.how() + ") allocates " + total
        + " bytes of record buffers in internal RAM (" + bytes(tls.inBytes()) + " in, " + bytes(tls.outBytes())
        + " out" + (configured && tls.fromConfiguration() ? ", from the configuration" : ", with ESP-IDF's default configuration")
        + (tls.dynamicBuffer() ? "; CONFIG_MBEDTLS_DYNAMIC_BUFFER allocates them per record and frees them after it,"
            + " so this is the peak while a full record is in flight" : "")
        + "): " + tls.decidedBy() + ".";
    FindingBuilder finding = new FindingBuilder(tls.location(), message)
        .identity(tls.how() + "|" + tls.enclosingFunction())
        .property("bytesPerContext", tls.bytes())
        .property("sizeFrom", tls.sizeFrom())
        .property("memory", tls.memory().words())
        .property("estimatedInternalRamBytes", tls.bytes());
    finding.step(tls.location(), "The SSL context is set up here (" + tls.how() + "); its buffers are sized by "
        + tls.sizeFrom() + ".");
    if (tls.decidedAt() != null) {
      finding.related(tls.decidedAt(), "mbedTLS's allocator is set here.");
    }
    return finding;
  }

  private static String bytes(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
