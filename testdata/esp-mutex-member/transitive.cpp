// esp-mutex-member: what a member holds is counted through every level of by-value
// nesting, and the counts add up. Self-referential types (through pointers) end the walk.
// A member that points to a mutex-holding type holds nothing.

#include <memory>
#include <mutex>

struct Inner {
	std::mutex lock; // expect: esp-mutex-member "Inner::lock'" "1 std::mutex"
	int value = 0;
};

struct Middle {
	Inner first; // expect: esp-mutex-member "Middle::first'" "1 std::mutex"
	Inner second; // expect: esp-mutex-member "Middle::second'" "1 std::mutex"
};

struct Outer {
	Middle middle; // expect: esp-mutex-member "Outer::middle'" "2 std::mutex" "about 168 bytes"
	std::recursive_mutex own; // expect: esp-mutex-member "Outer::own'"
};

struct Deep {
	Outer outers[2]; // expect: esp-mutex-member "Deep::outers'" "4 std::mutex, 2 std::recursive_mutex"
	Middle *spare = nullptr; // ok: esp-mutex-member
	std::shared_ptr<Outer> shared; // ok: esp-mutex-member
};

// Recursion through pointers: the walk must stop, and each level is counted once.
struct Node {
	std::mutex lock; // expect: esp-mutex-member "Node::lock'"
	Node *next = nullptr; // ok: esp-mutex-member
	std::unique_ptr<Node> child; // ok: esp-mutex-member
};

struct Tree {
	Node root; // expect: esp-mutex-member "Tree::root'" "1 std::mutex"
};

// Forward-declared only: its content is unknown, so it holds nothing as far as the rule knows.
struct Opaque;

struct UsesOpaque {
	Opaque *handle = nullptr; // ok: esp-mutex-member
};
