// esp-mutex-member: several declarators in one member declaration give one finding each,
// on the line where each name is written. Pointer declarators in the same declaration are
// skipped, and an array declarator multiplies only its own name.

#include <mutex>

struct SharedLine {
	// expect: esp-mutex-member "SharedLine::readLock'"
	// expect: esp-mutex-member "SharedLine::writeLock'"
	std::mutex readLock, writeLock;

	// expect: esp-mutex-member "SharedLine::owned'"
	std::mutex owned, *borrowed = nullptr;

	// expect: esp-mutex-member "SharedLine::lanes'" "2 std::mutex"
	// expect: esp-mutex-member "SharedLine::single'" "1 std::mutex"
	std::mutex lanes[2], single;

	std::mutex *firstPointer = nullptr, *secondPointer = nullptr; // ok: esp-mutex-member
};

struct SplitAcrossLines {
	std::recursive_mutex first, // expect: esp-mutex-member "SplitAcrossLines::first'"
	    second; // expect: esp-mutex-member "SplitAcrossLines::second'"
};
