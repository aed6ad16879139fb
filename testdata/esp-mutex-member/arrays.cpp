// esp-mutex-member: C arrays and std::array multiply the count of what one element holds,
// in one or more dimensions and through nesting. An extent that is not an integer literal
// (a constexpr name) cannot be read without evaluating code; it is counted as 1, so the
// finding still appears with a lower bound. Arrays of pointers hold nothing by value.

#include <array>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>

constexpr std::size_t kShards = 8;

struct Bucket {
	std::mutex lock; // expect: esp-mutex-member "Bucket::lock'" "1 std::mutex"
	std::condition_variable changed; // expect: esp-mutex-member "Bucket::changed'" "1 std::condition_variable"
	int items = 0;
};

struct Arrays {
	std::mutex stripes[4]; // expect: esp-mutex-member "Arrays::stripes'" "4 std::mutex" "about 336 bytes"
	std::recursive_mutex grid[2][3]; // expect: esp-mutex-member "Arrays::grid'" "6 std::recursive_mutex"
	std::array<std::mutex, 8> table; // expect: esp-mutex-member "Arrays::table'" "8 std::mutex"
	std::array<std::array<std::mutex, 2>, 3> nested; // expect: esp-mutex-member "Arrays::nested'" "6 std::mutex"
	Bucket buckets[5]; // expect: esp-mutex-member "Arrays::buckets'" "5 std::condition_variable, 5 std::mutex"
	std::array<Bucket, 2> pair; // expect: esp-mutex-member "Arrays::pair'" "2 std::condition_variable, 2 std::mutex"
};

struct NonLiteralExtent {
	// kShards is 8 at run time; the rule does not evaluate constants and counts 1.
	std::array<std::mutex, kShards> shards; // expect: esp-mutex-member "NonLiteralExtent::shards'" "1 std::mutex"
	std::mutex lanes[kShards]; // expect: esp-mutex-member "NonLiteralExtent::lanes'" "1 std::mutex"
};

struct ArraysOfPointers {
	std::mutex *borrowed[4] = {}; // ok: esp-mutex-member
	std::array<std::mutex *, 4> alsoBorrowed{}; // ok: esp-mutex-member
	std::array<std::unique_ptr<Bucket>, 4> owned; // ok: esp-mutex-member
	int counters[16] = {}; // ok: esp-mutex-member
};
