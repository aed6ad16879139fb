package dev.allocpath.rules.esp.budget;

import java.util.List;

/**
 * The seeds' two questions, answered separately: what internal RAM is taken at start-up, and
 * what each instance of the root classes (a connection) adds.
 *
 * @param rootsChosenBy "configured" ({@code --per}/{@code budget-per}) or "largest"
 */
record Bill(BillPart startup, List<BillPart> instances, String rootsChosenBy) {
  Bill {
    instances = List.copyOf(instances);
  }
}
