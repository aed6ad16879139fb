// esp-mutex-member: pointers, references, smart pointers, reference wrappers and standard
// containers do not hold their elements by value (containers put them on the heap, which
// is another rule's business), so none of these members is reported. Methods returning a
// mutex are not data members either. One by-value member anchors the case.

#include <deque>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

struct Holder {
	std::mutex lock; // expect: esp-mutex-member "Holder::lock'"
};

class Indirect {
public:
	Indirect(std::mutex &external, const std::recursive_mutex &observed)
	    : mExternal(external), mObserved(observed), mWrapped(external) {}

	std::mutex &lockRef(); // ok: esp-mutex-member
	std::mutex *lockPtr() const; // ok: esp-mutex-member
	static std::mutex &processLock(); // ok: esp-mutex-member

private:
	std::mutex *mRaw = nullptr; // ok: esp-mutex-member
	std::mutex &mExternal; // ok: esp-mutex-member
	const std::recursive_mutex &mObserved; // ok: esp-mutex-member
	std::reference_wrapper<std::mutex> mWrapped; // ok: esp-mutex-member
	std::shared_ptr<std::mutex> mShared; // ok: esp-mutex-member
	std::unique_ptr<std::mutex> mUnique; // ok: esp-mutex-member
	std::weak_ptr<Holder> mWeak; // ok: esp-mutex-member
	Holder *mHolder = nullptr; // ok: esp-mutex-member
	const Holder *mConstHolder = nullptr; // ok: esp-mutex-member
	Holder **mHolderTable = nullptr; // ok: esp-mutex-member
	std::unique_ptr<Holder[]> mHolderArray; // ok: esp-mutex-member
	std::vector<std::mutex> mVector; // ok: esp-mutex-member
	std::deque<Holder> mDeque; // ok: esp-mutex-member
	std::list<std::mutex> mList; // ok: esp-mutex-member
	std::map<int, Holder> mMap; // ok: esp-mutex-member
	std::unordered_map<int, std::unique_ptr<Holder>> mIndex; // ok: esp-mutex-member
	std::function<void(std::mutex &)> mVisitor; // ok: esp-mutex-member
	void (*mOnLock)(std::mutex *) = nullptr; // ok: esp-mutex-member

	Holder mInline; // expect: esp-mutex-member "Indirect::mInline'" "1 std::mutex"
};
