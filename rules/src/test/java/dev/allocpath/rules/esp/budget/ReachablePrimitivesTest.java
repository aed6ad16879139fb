package dev.allocpath.rules.esp.budget;

import static dev.allocpath.rules.esp.budget.TestProject.member;
import static dev.allocpath.rules.esp.budget.TestProject.pointer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Per-class figures: by value versus reachable through owned objects. */
class ReachablePrimitivesTest {

  private static ClassBudget budgetOf(TestProject project, String className) {
    Budget budget = BudgetReport.compute(project.facts(), TestProject.Context.empty());
    return budget.classes().stream().filter(c -> c.type().qualifiedName().equals(className)).findFirst()
        .orElseThrow(() -> new AssertionError(className + " not in the budget: " + budget.classes()));
  }

  /** "via → class" for every node below the root, counted or not, depth first. */
  private static List<String> paths(OwnedNode node) {
    List<String> out = new ArrayList<>();
    collect(node, "", out);
    return out;
  }

  private static void collect(OwnedNode node, String prefix, List<String> out) {
    for (OwnedNode child : node.children) {
      String path = prefix + child.edge.via();
      out.add(path + " -> " + child.type.qualifiedName() + (child.counted ? "" : " (not counted)"));
      collect(child, path + ".", out);
    }
  }

  @Test
  void ownedTransportsAddToReachableButNotToByValue() {
    TestProject project = new TestProject().in("net")
        .type("net::Ice", member("lock", "std::recursive_mutex"))
        .type("net::Dtls", member("ssl", "std::mutex"), member("ready", "std::condition_variable"))
        .type("net::Connection",
            member("init", "std::mutex"),
            member("ice", "std::shared_ptr<Ice>"),
            member("dtls", "std::unique_ptr<Dtls>"));

    ClassBudget connection = budgetOf(project, "net::Connection");

    assertEquals(1, connection.byValue().total());
    assertEquals(84, connection.byValue().bytes());
    assertEquals(4, connection.reachable().total());
    assertEquals(84 + 84 + 84 + 32, connection.reachable().bytes());
    assertEquals(List.of("ice -> net::Ice", "dtls -> net::Dtls"), paths(connection.tree()));
    assertEquals(Map.of("std::mutex", 2L, "std::recursive_mutex", 1L, "std::condition_variable", 1L),
        connection.reachable().bySpelling());
  }

  @Test
  void observingPointersAreNotFollowed() {
    TestProject project = new TestProject()
        .type("Ice", member("lock", "std::mutex"))
        .type("Connection",
            member("weak", "std::weak_ptr<Ice>"),
            member("weakUnqualified", "weak_ptr<Ice>"),
            pointer("raw", "Ice"),
            member("rawInTemplate", "std::optional<Ice *>"),
            member("channels", "std::unordered_map<int, std::weak_ptr<Ice>>"),
            member("callback", "std::function<void(Ice)>"),
            member("count", "int"));

    Budget budget = BudgetReport.compute(project.facts(), TestProject.Context.empty());

    assertTrue(budget.classes().stream().noneMatch(c -> c.type().qualifiedName().equals("Connection")),
        "Connection holds and owns nothing: " + budget.classes());
  }

  @Test
  void sharedPointersToOneClassCountOnceUniquePointersEach() {
    TestProject project = new TestProject()
        .type("Ice", member("lock", "std::mutex"))
        .type("Shared", member("ice", "shared_ptr<Ice>"), member("alsoIce", "std::shared_ptr<Ice>"))
        .type("Unique", member("ice", "unique_ptr<Ice>"), member("spare", "std::unique_ptr<Ice>"));

    ClassBudget shared = budgetOf(project, "Shared");
    ClassBudget unique = budgetOf(project, "Unique");

    assertEquals(0, shared.byValue().total());
    assertEquals(1, shared.reachable().total(), "may be one Ice: " + paths(shared.tree()));
    assertEquals(List.of("ice -> Ice", "alsoIce -> Ice (not counted)"), paths(shared.tree()));
    assertEquals("shared ownership: already counted in this tree", shared.tree().children.get(1).note);
    assertEquals(2, unique.reachable().total(), "two distinct Ice objects: " + paths(unique.tree()));
  }

  @Test
  void objectsCreatedInMemberFunctionsAreReachable() {
    TestProject project = new TestProject()
        .type("Channel", member("open", "std::recursive_mutex"), member("closed", "std::recursive_mutex"))
        .type("Track", member("lock", "std::mutex"))
        .type("Buffer", member("bytes", "std::vector<char>"))
        .type("Peer", member("channels", "std::unordered_map<int, std::weak_ptr<Channel>>"))
        .creates("Peer", "emplaceChannel", "make_shared", "Channel")
        .creates("Peer", "addTrack", "operator new", "Track")
        .creates("Peer", "send", "make_shared", "Buffer");

    ClassBudget peer = budgetOf(project, "Peer");

    assertEquals(3, peer.reachable().total());
    assertEquals(List.of("emplaceChannel() -> Channel", "addTrack() -> Track"), paths(peer.tree()),
        "Buffer holds no primitive and is left out");
    OwnedNode channel = peer.tree().children.get(0);
    assertTrue(channel.edge.creation());
    assertEquals("make_shared<Channel>", channel.edge.how());
    assertEquals("new Track", peer.tree().children.get(1).edge.how());
  }

  @Test
  void aCreationThatFillsAnOwningMemberIsNotCountedTwice() {
    TestProject project = new TestProject()
        .type("Ice", member("lock", "std::mutex"))
        .type("Peer", member("ice", "std::shared_ptr<Ice>"))
        .creates("Peer", "initIce", "make_shared", "Ice");

    ClassBudget peer = budgetOf(project, "Peer");

    assertEquals(1, peer.reachable().total());
    assertEquals(List.of("ice -> Ice"), paths(peer.tree()));
  }

  @Test
  @Timeout(5)
  void ownershipCyclesEndAtTheFirstRepeat() {
    TestProject project = new TestProject()
        .type("A", member("lock", "std::mutex"), member("b", "std::shared_ptr<B>"))
        .type("B", member("lock", "std::mutex"), member("a", "std::shared_ptr<A>"))
        .type("Node", member("lock", "std::mutex"), member("next", "std::unique_ptr<Node>"));

    ClassBudget a = budgetOf(project, "A");
    ClassBudget node = budgetOf(project, "Node");

    assertEquals(2, a.reachable().total());
    assertEquals(List.of("b -> B", "b.a -> A (not counted)"), paths(a.tree()));
    assertEquals(1, node.reachable().total(), "a unique_ptr chain to its own class is a cycle, not an infinite list");
    assertEquals("a cycle: Node already owns this object", node.tree().children.get(0).note);
  }

  @Test
  void aPointerToABaseOfAnObjectInTheTreeIsTakenToPointAtThatObject() {
    TestProject project = new TestProject()
        .type("Transport", member("stateCallback", "std::recursive_mutex"), member("lower", "std::shared_ptr<Transport>"))
        .derived("Ice", List.of("Transport"))
        .derived("Dtls", List.of("Transport"), member("ssl", "std::recursive_mutex"))
        .type("Peer", member("ice", "std::shared_ptr<Ice>"), member("dtls", "std::shared_ptr<Dtls>"));

    ClassBudget peer = budgetOf(project, "Peer");

    assertEquals(3, peer.reachable().total(), "Ice (1 inherited) and Dtls (1 inherited + 1): " + paths(peer.tree()));
    assertEquals(List.of("ice -> Ice", "ice.lower -> Transport (not counted)", "dtls -> Dtls",
        "dtls.lower -> Transport (not counted)"), paths(peer.tree()));
    OwnedNode lower = peer.tree().children.get(0).children.get(0);
    assertEquals("a base of Dtls, Ice in this tree, taken to point at that object", lower.note);
    assertEquals("Transport", lower.edge.declaredIn());
  }

  @Test
  void containersOwnTheirElementsAndCountOne() {
    TestProject project = new TestProject()
        .type("Track", member("lock", "std::mutex"))
        .type("Session", member("lock", "std::mutex"))
        .type("Peer",
            member("tracks", "std::vector<std::unique_ptr<Track>>"),
            member("sessions", "std::map<int, Session>"));

    ClassBudget peer = budgetOf(project, "Peer");

    assertEquals(2, peer.reachable().total());
    assertTrue(peer.tree().children.stream().allMatch(n -> n.edge.many()), "containers hold one or more");
  }

  @Test
  void ownershipThroughMembersHeldByValueAndThroughBases() {
    TestProject project = new TestProject()
        .type("Ice", member("lock", "std::mutex"))
        .type("Dtls", member("lock", "std::mutex"))
        .type("Holder", member("ice", "std::unique_ptr<Ice>"))
        .type("Base", member("dtls", "std::unique_ptr<Dtls>"))
        .derived("Peer", List.of("Base"), member("holder", "Holder"), member("holders", "std::optional<Holder>"));

    ClassBudget peer = budgetOf(project, "Peer");

    assertEquals(3, peer.reachable().total(), "each Holder owns its own Ice: " + paths(peer.tree()));
    assertEquals(List.of("dtls -> Dtls", "holder.ice -> Ice", "holders.ice -> Ice"), paths(peer.tree()));
  }

  @Test
  void aliasTemplatesOfOwningPointersAreFollowed() {
    TestProject project = new TestProject().in("rtc")
        .alias("rtc::impl_ptr", List.of("T"), "std::shared_ptr<T>")
        .alias("rtc::message_ptr", List.of(), "shared_ptr<Message>")
        .type("rtc::Message", member("lock", "std::mutex"))
        .type("rtc::impl::Peer", member("lock", "std::mutex"), member("last", "message_ptr"))
        .type("rtc::Peer", member("impl", "impl_ptr<impl::Peer>"));

    ClassBudget peer = budgetOf(project, "rtc::Peer");

    assertEquals(List.of("impl -> rtc::impl::Peer", "impl.last -> rtc::Message"), paths(peer.tree()));
    assertEquals(2, peer.reachable().total());
  }

  @Test
  void templateParametersNameNoClass() {
    TestProject project = new TestProject()
        .type("T", member("lock", "std::mutex"))
        .template("Box", List.of(), List.of("T"), member("item", "std::unique_ptr<T>"), member("lock", "std::mutex"));

    ClassBudget box = budgetOf(project, "Box");

    assertEquals(1, box.reachable().total(), "T is Box's parameter, not the class T: " + paths(box.tree()));
    assertFalse(box.ownsMore());
  }
}
