// esp-mutex-member: class templates. A member whose type is a template parameter holds
// nothing by itself; it does once the template is used with a mutex type as the argument
// (directly, nested, or through a default argument). A mutex written in the template body
// counts whatever the arguments, including in variadic templates modelled on a
// synchronized callback.

#include <functional>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <vector>

template <typename T> struct Guarded {
	T value; // ok: esp-mutex-member
	int version = 0;
};

template <typename T> class WorkQueue {
public:
	void push(T item) {
		std::lock_guard<std::mutex> guard(mLock);
		mItems.push_back(std::move(item));
	}

private:
	std::vector<T> mItems;
	std::mutex mLock; // expect: esp-mutex-member "WorkQueue::mLock'" "1 std::mutex"
};

template <typename... Args> class callback_slot {
public:
	void operator()(Args... args) const {
		std::lock_guard<std::recursive_mutex> guard(mGuard);
		if (mFn)
			mFn(args...);
	}

private:
	std::function<void(Args...)> mFn;
	mutable std::recursive_mutex mGuard; // expect: esp-mutex-member "callback_slot::mGuard'" "1 std::recursive_mutex"
};

template <typename Mutex = std::mutex> struct BasicLogger {
	Mutex mLock; // ok: esp-mutex-member
	std::string mPrefix;
};

struct NullMutex {
	void lock() {}
	void unlock() {}
};

struct Users {
	Guarded<std::mutex> lockedByArgument; // expect: esp-mutex-member "Users::lockedByArgument'" "1 std::mutex"
	Guarded<std::shared_mutex> sharedByArgument; // expect: esp-mutex-member "Users::sharedByArgument'" "1 std::shared_mutex"
	Guarded<Guarded<std::mutex>> nestedArgument; // expect: esp-mutex-member "Users::nestedArgument'" "1 std::mutex"
	Guarded<int> plainArgument; // ok: esp-mutex-member
	Guarded<std::mutex *> pointerArgument; // ok: esp-mutex-member

	WorkQueue<int> ints; // expect: esp-mutex-member "Users::ints'" "1 std::mutex"
	WorkQueue<std::string> strings; // expect: esp-mutex-member "Users::strings'" "1 std::mutex"

	callback_slot<> onOpen; // expect: esp-mutex-member "Users::onOpen'" "1 std::recursive_mutex"
	callback_slot<int, const std::string &> onMessage; // expect: esp-mutex-member "Users::onMessage'" "1 std::recursive_mutex"

	// Default template arguments are not substituted yet (known false negative).
	BasicLogger<> defaultLogger; // expect-todo: esp-mutex-member
	BasicLogger<std::recursive_mutex> recursiveLogger; // expect: esp-mutex-member "Users::recursiveLogger'" "1 std::recursive_mutex"
	BasicLogger<NullMutex> quietLogger; // ok: esp-mutex-member
};
