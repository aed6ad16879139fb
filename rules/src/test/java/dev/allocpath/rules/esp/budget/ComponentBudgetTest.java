package dev.allocpath.rules.esp.budget;

import static dev.allocpath.rules.esp.budget.TestProject.member;
import static dev.allocpath.rules.esp.budget.TestProject.staticMember;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Finding;
import dev.allocpath.api.FindingBuilder;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.api.Settings;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.VariableFact;
import dev.allocpath.rules.esp.DefaultHeapStaticRule;
import dev.allocpath.rules.esp.UnjoinedThreadRule;
import dev.allocpath.rules.esp.UnredirectedAllocRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-component figures: classes, statics and the other rules' findings added up. */
class ComponentBudgetTest {
  private static final String RTC = TestProject.file("rtc");
  private static final String SRTP = TestProject.file("srtp");

  static TestProject project() {
    return new TestProject().in("rtc")
        .type("rtc::Transport", member("stateLock", "std::recursive_mutex"))
        .derived("rtc::Ice", List.of("Transport"))
        .template("rtc::Callback", List.of(), List.of("T"), member("lock", "std::recursive_mutex"))
        .type("rtc::Peer",
            member("onOpen", "Callback<int>"),
            member("onClose", "Callback<int>"),
            member("init", "std::mutex"),
            member("ice", "std::shared_ptr<Ice>"),
            staticMember("instancesLock", "std::shared_mutex"))
        .variable("rtc::Peer::instancesLock", "std::shared_mutex", VariableFact.Storage.STATIC_MEMBER_DEFINITION)
        .variable("rtc::gLogLock", "std::mutex", VariableFact.Storage.NAMESPACE)
        .in("srtp")
        .type("srtp_ctx_t", member("count", "int"));
  }

  static List<Finding> findings() {
    return List.of(
        finding(UnjoinedThreadRule.class, RTC, 40, Severity.WARNING, Map.of("estimatedInternalRamBytes", 340L)),
        finding(UnjoinedThreadRule.class, RTC, 41, Severity.WARNING, Map.of("estimatedInternalRamBytes", 340L)),
        finding(UnjoinedThreadRule.class, RTC, 42, Severity.NOTE, Map.of()),
        finding(DefaultHeapStaticRule.class, RTC, 43, Severity.WARNING, Map.of()),
        finding(UnredirectedAllocRule.class, "components/shared/alloc.h", 5, Severity.WARNING,
            Map.of("unredirectedComponents", List.of("srtp", "rtc"))),
        finding(UnredirectedAllocRule.class, SRTP, 6, Severity.WARNING,
            Map.of("unredirectedComponents", List.of("srtp"))),
        finding(UnredirectedAllocRule.class, SRTP, 7, Severity.WARNING, Map.of()));
  }

  static Map<String, Object> redirects() {
    return Map.of(
        "rtc", Map.of("malloc", "forced header components/rtc/include/redirect.h:3 (-include at components/rtc/CMakeLists.txt:9)",
            "calloc", "forced header components/rtc/include/redirect.h:4 (-include at components/rtc/CMakeLists.txt:9)",
            "free", "none"),
        "srtp", Map.of("malloc", "none", "calloc", "none", "free", "none"));
  }

  private static Finding finding(Class<?> rule, String path, int line, Severity level, Map<String, Object> properties) {
    FindingBuilder builder = new FindingBuilder(SourceLocation.ofLine(path, line), "A finding.").level(level);
    properties.forEach(builder::property);
    return builder.build(rule.getAnnotation(RuleInfo.class));
  }

  static Budget compute(Settings settings) {
    return BudgetReport.compute(project().facts(), new TestProject.Context(settings, findings(), Map.of(
        RuleIds.REDIRECTS_SUMMARY, redirects())));
  }

  private static ComponentBudget component(Budget budget, String name) {
    return budget.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void addsUpClassesStaticsAndFindingsPerComponent() {
    ComponentBudget rtc = component(compute(Settings.defaults()), "rtc");

    assertEquals(4, rtc.mutexClasses(), "Transport, Ice, Callback and Peer hold primitives by value");
    assertEquals(4, rtc.wholeObjects().total(), "Ice (1) and Peer (3); Transport and Callback are parts of them");
    assertEquals(4 * 84, rtc.wholeObjects().bytes());
    assertEquals(2, rtc.staticStorage().total(), "the static member, counted once, and the global lock");
    assertEquals(168 + 84, rtc.staticStorage().bytes());
    assertEquals(2, rtc.leakedThreads());
    assertEquals(680, rtc.leakedThreadBytes());
    assertEquals(1, rtc.undecidedThreads());
    assertEquals(1, rtc.staticHeapObjects());
    assertEquals(1, rtc.rawAllocationSites(), "header code allocating for both components");
    assertEquals(336 + 252 + 680, rtc.estimatedBytes());
    assertTrue(rtc.usesEstimates(), "std::shared_mutex's cost is an estimate");
    assertEquals("forced header (2 of 3)", rtc.redirect().summary());
    assertEquals(List.of("free"), rtc.redirect().unredirected());
  }

  @Test
  void componentsWithoutClassesStillShowTheirAllocationsAndRedirectState() {
    ComponentBudget srtp = component(compute(Settings.defaults()), "srtp");

    assertEquals(3, srtp.rawAllocationSites());
    assertEquals("none", srtp.redirect().summary());
    assertEquals(0, srtp.mutexClasses());
    assertEquals(0, srtp.estimatedBytes());
    assertFalse(srtp.usesEstimates());
  }

  @Test
  void everyCostComesFromTheSettings() {
    Settings settings = TestProject.settings(Map.of(
        "costs.std::mutex", 100L, "costs.std::recursive_mutex", 90L, "costs.std::shared_mutex", 200L,
        "costs.thread-tcb", 500L, "costs.tls-record-overhead", 300L));
    Budget budget = compute(settings);
    ComponentBudget rtc = component(budget, "rtc");

    assertEquals(90 + 90 + 90 + 100, rtc.wholeObjects().bytes(), "Ice's recursive mutex and Peer's three locks");
    assertEquals(200 + 100, rtc.staticStorage().bytes());
    assertEquals(680, rtc.leakedThreadBytes(), "the thread rule already priced its findings");
    assertEquals(500, budget.costs().threadTcb());
    CostTable.Cost tcb = budget.costs().all().get(budget.costs().all().size() - 2);
    assertEquals(new CostTable.Cost("thread task control block", "costs.thread-tcb", 500, 340, true), tcb);
    CostTable.Cost tls = budget.costs().all().get(budget.costs().all().size() - 1);
    assertEquals(300, tls.bytes());
    assertEquals(333, tls.defaultBytes());
    assertEquals("estimate (mbedTLS 3.6 ssl_misc.h, as in ESP-IDF 5.x)", tls.basis());
  }

  @Test
  void aClassWithAnInstanceInStaticStorageIsCountedThereOnly() {
    TestProject project = new TestProject().in("log")
        .type("plog::Logger", member("lock", "std::mutex"))
        .variable("plog::init::logger", "Logger", VariableFact.Storage.FUNCTION_STATIC)
        .type("plog::Appender", member("lock", "std::mutex"));
    Budget budget = BudgetReport.compute(project.facts(), TestProject.Context.empty());
    ComponentBudget log = component(budget, "log");

    assertEquals(1, log.staticStorage().total(), "the static logger");
    assertEquals(1, log.wholeObjects().total(), "only the appender: the logger is already counted");
    assertEquals(2, log.mutexClasses());
    assertEquals(168, log.estimatedBytes());
  }

  @Test
  void leakedThreadsWithoutAPriceUseTheConfiguredTcbCost() {
    Finding bare = new FindingBuilder(SourceLocation.ofLine(RTC, 50), "A finding.")
        .build(UnjoinedThreadRule.class.getAnnotation(RuleInfo.class));
    Budget budget = BudgetReport.compute(project().facts(), new TestProject.Context(
        TestProject.settings(Map.of("costs.thread-tcb", 400L)), List.of(bare), Map.of()));

    assertEquals(400, component(budget, "rtc").leakedThreadBytes());
    assertEquals("unknown", component(budget, "rtc").redirect().summary(), "the redirect rule did not run");
  }

  @Test
  void headerOnlyComponentsSayso() {
    Map<String, Object> summary = Map.of("log", Map.of("malloc", "header-only", "free", "header-only"));
    assertEquals("header-only", RedirectState.of(summary, "log").summary());
    assertEquals(List.of(), RedirectState.of(summary, "log").unredirected());
    assertEquals("link wrap", RedirectState.of(
        Map.of("x", Map.of("malloc", "link wrap at CMakeLists.txt:4")), "x").summary());
    assertEquals("partial", RedirectState.of(
        Map.of("x", Map.of("malloc", "partial: 1 of 2 units, forced header a.h:1 (-include at b:2)")), "x").summary());
  }
}
