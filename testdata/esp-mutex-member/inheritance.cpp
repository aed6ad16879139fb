// esp-mutex-member: a base class's primitives are part of every derived object. Members
// whose type derives (directly, over several levels, from several bases, privately, or from
// a class template) from a mutex-holding class are reported; the derived classes themselves
// are not members and add no finding of their own.

#include <condition_variable>
#include <memory>
#include <mutex>

class Lockable {
protected:
	mutable std::mutex mMutex; // expect: esp-mutex-member "Lockable::mMutex'"
};

class Signalling {
protected:
	std::condition_variable mSignal; // expect: esp-mutex-member "Signalling::mSignal'"
};

class Counter : public Lockable {
public:
	int get() const {
		std::lock_guard<std::mutex> guard(mMutex);
		return mValue;
	}

private:
	int mValue = 0;
};

class AuditedCounter : public Counter {
	int mAudits = 0;
};

class Both : public Lockable, public Signalling {};

class PrivatelyLockable : private Lockable {};

template <typename T> class Stateful {
protected:
	T mState{};
	std::recursive_mutex mStateLock; // expect: esp-mutex-member "Stateful::mStateLock'" "1 std::recursive_mutex"
};

class Transport : public Stateful<int> {};

class Session final : public Transport {
	std::mutex mSendLock; // expect: esp-mutex-member "Session::mSendLock'"
};

// Holds the base only through a pointer: nothing by value.
class HoldsBasePointer {
	std::shared_ptr<Lockable> mShared;
};

class DerivedFromPointerHolder : public HoldsBasePointer {};

struct Owner {
	Counter counter; // expect: esp-mutex-member "Owner::counter'" "1 std::mutex"
	AuditedCounter audited; // expect: esp-mutex-member "Owner::audited'" "1 std::mutex"
	Both both; // expect: esp-mutex-member "Owner::both'" "1 std::condition_variable, 1 std::mutex"
	PrivatelyLockable hidden; // expect: esp-mutex-member "Owner::hidden'" "1 std::mutex"
	Transport transport; // expect: esp-mutex-member "Owner::transport'" "1 std::recursive_mutex"
	Session session; // expect: esp-mutex-member "Owner::session'" "1 std::mutex, 1 std::recursive_mutex"
	DerivedFromPointerHolder indirect; // ok: esp-mutex-member
	std::unique_ptr<Session> later; // ok: esp-mutex-member
};
