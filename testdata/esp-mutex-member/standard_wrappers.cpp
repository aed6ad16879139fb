// esp-mutex-member: std::optional, std::pair and std::tuple store their contents inside the
// object, so a mutex in them is held by value. Their definitions are in the toolchain's
// headers, which the analyzer does not read, so the rule cannot see that yet (known false
// negatives). std::array is the one standard wrapper the rule knows.

#include <array>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <tuple>
#include <utility>

struct Wrapped {
	std::optional<std::mutex> maybeLock; // expect: esp-mutex-member "Wrapped::maybeLock'" "1 std::mutex"
	std::pair<std::mutex, int> lockAndCount; // expect: esp-mutex-member "Wrapped::lockAndCount'" "1 std::mutex"
	std::tuple<std::mutex, std::condition_variable> lockAndSignal; // expect: esp-mutex-member "1 std::condition_variable, 1 std::mutex"
	std::array<std::mutex, 2> pairOfLocks; // expect: esp-mutex-member "Wrapped::pairOfLocks'" "2 std::mutex"
	std::optional<int> maybeCount; // ok: esp-mutex-member
};
