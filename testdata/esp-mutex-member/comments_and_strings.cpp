// esp-mutex-member: mutexes that only appear in comments, string literals, unused macros or
// disabled preprocessor branches are not members. A member declared through a macro that is
// expanded in a class is one, reported on the line of the expansion. Names that merely
// contain "mutex" are not primitives.

#include <mutex>
#include <string>

// A class body may say std::mutex in many ways without declaring one.
#define DECLARE_UNUSED_LOCK(name) std::mutex name
#define DECLARE_LOCK(name) mutable std::mutex name

typedef int mutex_t;
enum class Mutex { Unlocked, Locked };

struct MutexStats {
	unsigned contended = 0;
	unsigned acquired = 0;
};

class Documented {
public:
	// Holds a std::mutex by value? No: see below.
	std::string describe() const { return "guarded by a std::mutex held by value"; } // ok: esp-mutex-member

private:
	// std::mutex mOldLock;
	/* std::recursive_mutex mOlderLock; */
	/*
	 * std::shared_mutex mOldestLock;
	 */
	const char *mLockName = "std::mutex mFake;"; // ok: esp-mutex-member
	mutex_t mHandle = 0; // ok: esp-mutex-member
	Mutex mState = Mutex::Unlocked; // ok: esp-mutex-member
	MutexStats mStats; // ok: esp-mutex-member
	int mutexCount = 0; // ok: esp-mutex-member

#if 0
	std::mutex mDisabled;
#endif

#ifdef DOCUMENTED_HAS_LEGACY_LOCK
	std::recursive_mutex mLegacy;
#endif

	DECLARE_LOCK(mDeclaredByMacro); // expect: esp-mutex-member "Documented::mDeclaredByMacro'" "1 std::mutex"
};
