// esp-mutex-member: one finding per data member that holds a standard synchronization
// primitive by value, for each of the eight primitive types, with cv-qualifiers and
// `mutable`. Look-alikes that are not primitives (threads, atomics, lock guards, a user type
// that happens to be called `mutex`) and mutexes that are not members stay quiet.

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <shared_mutex>
#include <thread>

namespace fake {
struct mutex {
	int owner = 0;
};
} // namespace fake

class EveryPrimitive {
public:
	void touch();

private:
	std::mutex plain; // expect: esp-mutex-member "EveryPrimitive::plain'" "1 std::mutex" "about 84 bytes"
	std::recursive_mutex recursive; // expect: esp-mutex-member "::recursive'" "1 std::recursive_mutex" "about 84 bytes"
	std::timed_mutex timed; // expect: esp-mutex-member "::timed'" "1 std::timed_mutex"
	std::recursive_timed_mutex recursiveTimed; // expect: esp-mutex-member "::recursiveTimed'" "1 std::recursive_timed_mutex"
	std::shared_mutex shared; // expect: esp-mutex-member "::shared'" "1 std::shared_mutex"
	std::shared_timed_mutex sharedTimed; // expect: esp-mutex-member "::sharedTimed'" "1 std::shared_timed_mutex"
	std::condition_variable ready; // expect: esp-mutex-member "::ready'" "1 std::condition_variable"
	std::condition_variable_any readyAny; // expect: esp-mutex-member "::readyAny'" "1 std::condition_variable_any"
};

struct Qualified {
	mutable std::mutex guard; // expect: esp-mutex-member "Qualified::guard'"
	volatile int counter = 0;
	const std::recursive_mutex frozen{}; // expect: esp-mutex-member "Qualified::frozen'"
};

// The message format, quoted whole once.
struct Message {
	std::mutex lock; // expect: esp-mutex-member "Member 'Message::lock' of type 'std::mutex' holds 1 std::mutex by value: about 84 bytes of internal RAM per instance."
};

// Not primitives: none of these is reported.
struct NotPrimitives {
	std::thread worker; // ok: esp-mutex-member
	std::atomic<int> refs{0}; // ok: esp-mutex-member
	std::atomic_flag busy = ATOMIC_FLAG_INIT; // ok: esp-mutex-member
	std::function<void()> onDone; // ok: esp-mutex-member
	std::once_flag initOnce; // ok: esp-mutex-member
	fake::mutex notReallyAMutex; // ok: esp-mutex-member
	int mutex = 0; // ok: esp-mutex-member
};

// A lock object refers to a mutex owned elsewhere.
struct HoldsALock {
	explicit HoldsALock(std::mutex &m) : lock(m) {}
	std::unique_lock<std::mutex> lock; // ok: esp-mutex-member
};

// Mutexes that are not data members belong to other rules (or to none).
std::mutex gRegistryLock; // ok: esp-mutex-member
static std::recursive_mutex sFileLock; // ok: esp-mutex-member

void EveryPrimitive::touch() {
	std::lock_guard<std::mutex> guard(plain); // ok: esp-mutex-member
	static std::mutex onceLock; // ok: esp-mutex-member
	std::mutex scratch; // ok: esp-mutex-member
	std::lock_guard<std::mutex> inner(scratch);
	std::lock_guard<std::mutex> outer(onceLock);
	std::lock_guard<std::recursive_mutex> file(sFileLock);
	std::lock_guard<std::mutex> registry(gRegistryLock);
}
