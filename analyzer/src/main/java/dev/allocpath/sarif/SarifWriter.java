package dev.allocpath.sarif;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.CodeFlow;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.ReportingDescriptorReference;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.ThreadFlow;
import com.contrastsecurity.sarif.ThreadFlowLocation;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allocpath.api.Finding;
import dev.allocpath.api.FlowStep;
import dev.allocpath.api.Notification;
import dev.allocpath.api.RelatedLocation;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.RuleDescriptor;
import dev.allocpath.engine.RunStats;
import dev.allocpath.engine.SuppressedFinding;
import dev.allocpath.engine.Summary;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes an {@link AnalysisResult} as a SARIF 2.1.0 log with one run, shaped for GitHub code
 * scanning (relative URIs, line-hash fingerprints, rule help) and IDE viewers ({@code SRCROOT}
 * base id, one code flow per result). The only class that knows the SARIF object model.
 *
 * <p>Same input, same bytes: no timestamps, no command line, no absolute paths unless
 * {@link SarifOptions#embedRoot()} asks for the root.
 */
public final class SarifWriter {
  static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SOURCE_ROOT_ID = "SRCROOT";

  private static final ObjectMapper MAPPER = createMapper();

  /**
   * @throws IllegalArgumentException if {@link SarifOptions#sourceRoot()} does not contain the
   *     project root
   */
  public void write(AnalysisResult result, SarifOptions options, OutputStream out)
      throws IOException {
    SourceUris uris = SourceUris.of(result.root(), options.sourceRoot());
    SarifSchema210 log =
        new SarifSchema210()
            .with$schema(URI.create(SCHEMA_URI))
            .withVersion(SarifSchema210.Version._2_1_0)
            .withRuns(List.of(new RunBuilder(result, options, uris).build()));
    DeterministicJson.write(MAPPER, log, out);
  }

  /**
   * java-sarif 2.0 was generated for Jackson 2.11 and annotates its classes {@code NON_DEFAULT}.
   * Observed with Jackson 2.22: values equal to the model's constructor defaults are omitted
   * (good for unset {@code kind: "fail"} or {@code rank: -1}, wrong for an explicit
   * {@code level: "warning"}, whose absence means "the rule's default level"), while collections
   * that were set are written even when empty. Hence: level properties are forced to NON_NULL,
   * {@code results} is pinned to NON_NULL (GitHub needs an empty array to close fixed alerts),
   * and the builder only sets non-empty collections.
   */
  private static ObjectMapper createMapper() {
    ObjectMapper mapper =
        DeterministicJson.mapperBuilder().addMixIn(Run.class, KeepEmptyResults.class).build();
    JsonInclude.Value nonNull = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, null);
    List<Class<?>> levels =
        List.of(
            Result.Level.class,
            ReportingConfiguration.Level.class,
            com.contrastsecurity.sarif.Notification.Level.class);
    for (Class<?> level : levels) {
      mapper.configOverride(level).setIncludeAsProperty(nonNull);
    }
    return mapper;
  }

  private interface KeepEmptyResults {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    List<Result> getResults();
  }

  /** The state of one conversion: URIs, line hashes and rule indices of this run. */
  private static final class RunBuilder {
    private final AnalysisResult result;
    private final SarifOptions options;
    private final SourceUris uris;
    /** Set by {@link #build}, once it knows which results are written. */
    private LineHashes lineHashes;
    private final List<RuleDescriptor> rules;
    private final Map<String, Integer> ruleIndex = new HashMap<>();

    RunBuilder(AnalysisResult result, SarifOptions options, SourceUris uris) {
      this.result = result;
      this.options = options;
      this.uris = uris;
      this.rules =
          result.rules().stream().sorted(Comparator.comparing(RuleDescriptor::id)).toList();
      for (int i = 0; i < rules.size(); i++) {
        ruleIndex.putIfAbsent(rules.get(i).id(), i);
      }
    }

    Run build() {
      ResultLimits.Applied limited =
          ResultLimits.apply(
              result.findings(), options.maxResults(), options.maxRelatedLocations());
      List<Notification> notifications = new ArrayList<>(result.notifications());
      notifications.addAll(limited.notifications());
      lineHashes = new LineHashes(result.root(), limited.findings().stream().map(Finding::location).toList());
      return new Run()
          .withTool(new Tool().withDriver(driver()))
          .withAutomationDetails(new RunAutomationDetails().withId(options.category()))
          .withOriginalUriBaseIds(baseIds())
          .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
          .withInvocations(List.of(invocation(notifications)))
          .withResults(results(limited.findings()))
          .withProperties(runProperties());
    }

    private ToolComponent driver() {
      Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
      rules.forEach(r -> descriptors.add(rule(r, options.toolVersion())));
      return new ToolComponent()
          .withName(ToolIdentity.NAME)
          .withVersion(options.toolVersion())
          .withSemanticVersion(options.toolVersion())
          .withInformationUri(URI.create(ToolIdentity.INFORMATION_URI))
          .withRules(descriptors);
    }

    private static ReportingDescriptor rule(RuleDescriptor rule, String version) {
      String summary = RuleDocText.truncate(rule.summary(), RuleDocText.MAX_DESCRIPTION);
      boolean hasDoc = rule.docMarkdown() != null && !rule.docMarkdown().isBlank();
      String doc = hasDoc ? rule.docMarkdown() : summary;
      PropertyBag properties =
          new PropertyBag()
              .withAdditionalProperty("precision", rule.precision())
              .withAdditionalProperty("problem.severity", problemSeverity(rule.severity()));
      if (!rule.tags().isEmpty()) {
        properties.setTags(new LinkedHashSet<>(rule.tags()));
      }
      return new ReportingDescriptor()
          .withId(rule.id())
          .withName(RuleDocText.upperCamelName(rule.id()))
          .withShortDescription(new MultiformatMessageString().withText(summary))
          .withFullDescription(
              new MultiformatMessageString()
                  .withText(RuleDocText.fullDescription(rule.docMarkdown(), summary)))
          .withHelp(
              new MultiformatMessageString()
                  .withText(RuleDocText.plainText(doc))
                  .withMarkdown(doc.strip()))
          .withHelpUri(URI.create(ToolIdentity.ruleHelpUri(version, rule.id())))
          .withDefaultConfiguration(
              new ReportingConfiguration().withLevel(configurationLevel(rule.severity())))
          .withProperties(properties);
    }

    private OriginalUriBaseIds baseIds() {
      ArtifactLocation root =
          new ArtifactLocation()
              .withDescription(
                  message(
                      "The source root: result URIs are relative to it (the repository root when"
                          + " --source-root is given, else the project root)."));
      if (options.embedRoot()) {
        root.setUri(uris.rootUri());
      }
      return new OriginalUriBaseIds().withAdditionalProperty(SOURCE_ROOT_ID, root);
    }

    private Invocation invocation(List<Notification> notifications) {
      // An error-level notification means part of the work failed (a rule crashed, the run could
      // not start): the run is then not reported as successful.
      boolean successful = notifications.stream().noneMatch(n -> n.level() == Severity.ERROR);
      Invocation invocation = new Invocation().withExecutionSuccessful(successful);
      // The model writes any collection that was set, even an empty one: set only non-empty ones.
      if (!notifications.isEmpty()) {
        invocation.setToolExecutionNotifications(
            notifications.stream().map(this::notification).toList());
      }
      return invocation;
    }

    private com.contrastsecurity.sarif.Notification notification(Notification n) {
      var out =
          new com.contrastsecurity.sarif.Notification()
              .withLevel(notificationLevel(n.level()))
              .withMessage(message(Sentences.terminate(n.message())))
              .withDescriptor(new ReportingDescriptorReference().withId(n.kind()));
      if (n.location() != null) {
        out.setLocations(new LinkedHashSet<>(List.of(location(n.location()))));
      }
      return out;
    }

    /** Kept findings, then (only when the caller passed them) suppressed ones, marked as such. */
    private List<Result> results(List<Finding> kept) {
      List<Result> out = new ArrayList<>(kept.stream().map(this::result).toList());
      for (SuppressedFinding s : result.suppressed()) {
        Suppression suppression = new Suppression()
            .withKind(s.kind().equals("external") ? Suppression.Kind.EXTERNAL : Suppression.Kind.IN_SOURCE);
        if (!s.justification().isEmpty()) {
          suppression.setJustification(s.justification());
        }
        out.add(result(s.finding()).withSuppressions(new LinkedHashSet<>(List.of(suppression))));
      }
      return out;
    }

    private Result result(Finding finding) {
      Result out =
          new Result()
              .withRuleId(finding.ruleId())
              .withLevel(resultLevel(finding.level()))
              .withMessage(message(Sentences.terminate(finding.message())))
              .withLocations(List.of(location(finding.location())))
              .withPartialFingerprints(fingerprints(finding));
      Integer index = ruleIndex.get(finding.ruleId());
      if (index != null) {
        out.setRuleIndex(index);
      }
      if (!finding.flow().isEmpty()) {
        out.setCodeFlows(List.of(codeFlow(finding.flow())));
      }
      if (!finding.related().isEmpty()) {
        Set<Location> related = new LinkedHashSet<>();
        int id = 1;
        for (RelatedLocation r : finding.related()) {
          related.add(location(r.location()).withId(id++).withMessage(message(r.message())));
        }
        out.setRelatedLocations(related);
      }
      if (!finding.properties().isEmpty()) {
        PropertyBag bag = new PropertyBag();
        new TreeMap<>(finding.properties()).forEach(bag::setAdditionalProperty);
        out.setProperties(bag);
      }
      return out;
    }

    private PartialFingerprints fingerprints(Finding finding) {
      PartialFingerprints out = new PartialFingerprints();
      SourceLocation at = finding.location();
      lineHashes
          .of(at.path(), at.line())
          .ifPresent(hash -> out.setAdditionalProperty("primaryLocationLineHash", hash));
      out.setAdditionalProperty(StableFingerprint.KEY, StableFingerprint.of(finding));
      return out;
    }

    private CodeFlow codeFlow(List<FlowStep> steps) {
      List<ThreadFlowLocation> locations =
          steps.stream()
              .map(s -> location(s.location()).withMessage(message(s.message())))
              .map(at -> new ThreadFlowLocation().withLocation(at))
              .toList();
      return new CodeFlow().withThreadFlows(List.of(new ThreadFlow().withLocations(locations)));
    }

    private Location location(SourceLocation at) {
      return new Location()
          .withPhysicalLocation(
              new PhysicalLocation()
                  .withArtifactLocation(
                      new ArtifactLocation()
                          .withUri(uris.uriOf(at.path()))
                          .withUriBaseId(SOURCE_ROOT_ID))
                  .withRegion(region(at)));
    }

    /** Repairs impossible coordinates rather than writing a log that fails validation. */
    private static Region region(SourceLocation at) {
      int startLine = Math.max(1, at.line());
      int startColumn = Math.max(1, at.column());
      int endLine = Math.max(startLine, at.endLine());
      int endColumn = Math.max(1, at.endColumn());
      if (endLine == startLine && endColumn < startColumn) {
        endColumn = startColumn;
      }
      return new Region()
          .withStartLine(startLine)
          .withStartColumn(startColumn)
          .withEndLine(endLine)
          .withEndColumn(endColumn);
    }

    /** Build source, counts (not the wall time: it differs every run) and each rule summary. */
    private PropertyBag runProperties() {
      PropertyBag bag = new PropertyBag();
      for (Summary summary : result.summaries()) {
        if (summary.data() != null) {
          bag.setAdditionalProperty(summary.key(), summary.data());
        }
      }
      // The run's own facts win over a summary that happens to use the same key.
      if (result.buildSource() != null) {
        bag.setAdditionalProperty("buildSource", result.buildSource());
      }
      RunStats stats = result.stats();
      if (stats != null) {
        Map<String, Object> counts = new TreeMap<>();
        counts.put("lines", stats.lines());
        counts.put("units", stats.units());
        bag.setAdditionalProperty("stats", counts);
      }
      if (result.coverage() != null && !result.coverage().equals(dev.allocpath.model.Coverage.unknown())) {
        bag.setAdditionalProperty("coverage", CoverageProperties.of(result.coverage()));
      }
      return bag;
    }

    private static Message message(String text) {
      return new Message().withText(text);
    }
  }

  private static String problemSeverity(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "recommendation";
    };
  }

  private static Result.Level resultLevel(Severity severity) {
    return switch (severity) {
      case ERROR -> Result.Level.ERROR;
      case WARNING -> Result.Level.WARNING;
      case NOTE -> Result.Level.NOTE;
    };
  }

  private static ReportingConfiguration.Level configurationLevel(Severity severity) {
    return switch (severity) {
      case ERROR -> ReportingConfiguration.Level.ERROR;
      case WARNING -> ReportingConfiguration.Level.WARNING;
      case NOTE -> ReportingConfiguration.Level.NOTE;
    };
  }

  private static com.contrastsecurity.sarif.Notification.Level notificationLevel(
      Severity severity) {
    return switch (severity) {
      case ERROR -> com.contrastsecurity.sarif.Notification.Level.ERROR;
      case WARNING -> com.contrastsecurity.sarif.Notification.Level.WARNING;
      case NOTE -> com.contrastsecurity.sarif.Notification.Level.NOTE;
    };
  }
}
