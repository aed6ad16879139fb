package dev.allocpath.cli;

import dev.allocpath.api.Report;
import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleProvider;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The rules on the class path, found through {@link RuleProvider}s, sorted by id. */
public final class RuleCatalog {
  public List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    for (RuleProvider provider : ServiceLoader.load(RuleProvider.class)) {
      rules.addAll(provider.rules());
    }
    rules.sort(Comparator.comparing(r -> r.info().id()));
    return rules;
  }

  /** Reports (e.g. the internal-RAM budget) built after the rules, sorted by id. */
  public List<Report> reports() {
    List<Report> reports = new ArrayList<>();
    for (RuleProvider provider : ServiceLoader.load(RuleProvider.class)) {
      reports.addAll(provider.reports());
    }
    reports.sort(Comparator.comparing(Report::id));
    return reports;
  }

  void print(PrintWriter out) {
    for (Rule rule : rules()) {
      out.printf("%-26s %-8s %s%n", rule.info().id(), rule.info().severity().label(), rule.info().summary());
    }
    out.flush();
  }
}
