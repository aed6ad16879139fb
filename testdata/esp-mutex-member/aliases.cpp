// esp-mutex-member: typedef and using aliases are followed to the type they name, through
// chains of aliases, namespaces, class-scope aliases and alias templates. Aliases that name
// a pointer, a reference wrapper or a smart pointer hold nothing by value.

#include <memory>
#include <mutex>
#include <shared_mutex>

typedef std::mutex Lock;
using RecursiveLock = std::recursive_mutex;
using LockAgain = Lock;           // alias of an alias
typedef LockAgain LockOnceMore;   // and one more level
typedef std::mutex LockRow[3];    // an alias of an array type
typedef std::mutex *LockPtr;
using SharedLock = std::shared_ptr<std::mutex>;

namespace sync {
using Reader = std::shared_mutex;
}

template <typename T> struct Slot {
	T value;
	std::mutex guard; // expect: esp-mutex-member "Slot::guard'"
};

template <typename T> using LockedSlot = Slot<T>;
template <typename T> using SlotHandle = std::unique_ptr<Slot<T>>;

struct ViaAliases {
	Lock a; // expect: esp-mutex-member "ViaAliases::a'" "1 std::mutex"
	RecursiveLock b; // expect: esp-mutex-member "ViaAliases::b'" "1 std::recursive_mutex"
	LockAgain c; // expect: esp-mutex-member "ViaAliases::c'" "1 std::mutex"
	LockOnceMore d; // expect: esp-mutex-member "ViaAliases::d'" "1 std::mutex"
	LockRow row; // expect: esp-mutex-member "ViaAliases::row'" "3 std::mutex"
	sync::Reader reader; // expect: esp-mutex-member "ViaAliases::reader'" "1 std::shared_mutex"
	LockedSlot<int> slot; // expect: esp-mutex-member "ViaAliases::slot'" "1 std::mutex"

	LockPtr pointer = nullptr; // ok: esp-mutex-member
	SharedLock sharedLock; // ok: esp-mutex-member
	SlotHandle<int> handle; // ok: esp-mutex-member
};

class ClassScopeAlias {
	using lock_type = std::shared_mutex;
	using counter_type = unsigned long;

	lock_type mLock; // expect: esp-mutex-member "ClassScopeAlias::mLock'" "1 std::shared_mutex"
	counter_type mCount = 0; // ok: esp-mutex-member
};

// A C-style typedef of an unnamed struct: the struct's own member and members of the
// typedef name both count.
typedef struct {
	std::mutex lock; // expect: esp-mutex-member "1 std::mutex"
	int waiting;
} waitq_t;

struct UsesTypedefStruct {
	waitq_t queue; // expect: esp-mutex-member "UsesTypedefStruct::queue'" "1 std::mutex"
	waitq_t *next = nullptr; // ok: esp-mutex-member
};
