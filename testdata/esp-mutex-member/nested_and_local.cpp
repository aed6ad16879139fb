// esp-mutex-member: classes nested in classes, unnamed structs used as member types, and
// classes local to a function. Each mutex member is reported where its name is written,
// and so is each member whose (nested, unnamed or local) type holds one. Local variables
// of such types are not members.

#include <mutex>
#include <shared_mutex>

class Cache {
public:
	struct Entry {
		std::shared_mutex lock; // expect: esp-mutex-member "Cache::Entry::lock'"
		int value = 0;
	};

	class Stats {
		int hits = 0;
		int misses = 0;
	};

private:
	Entry mHot; // expect: esp-mutex-member "Cache::mHot'" "1 std::shared_mutex"
	Entry mCold[2]; // expect: esp-mutex-member "Cache::mCold'" "2 std::shared_mutex"
	Stats mStats; // ok: esp-mutex-member

	struct {
		std::mutex lock; // expect: esp-mutex-member "::lock'" "1 std::mutex"
		int pending = 0;
	} mFlush; // expect: esp-mutex-member "Cache::mFlush'" "1 std::mutex"
};

namespace net::detail {

struct Outer {
	struct Middle {
		struct Inner {
			std::recursive_mutex deepest; // expect: esp-mutex-member "net::detail::Outer::Middle::Inner::deepest'"
		};
		Inner inner; // expect: esp-mutex-member "Outer::Middle::inner'" "1 std::recursive_mutex"
	};
	Middle middle; // expect: esp-mutex-member "Outer::middle'" "1 std::recursive_mutex"
};

} // namespace net::detail

int countWithLocalClass(int n) {
	struct Tally {
		std::mutex lock; // expect: esp-mutex-member "Tally::lock'"
		int total = 0;
	};
	struct Pair {
		Tally left; // expect: esp-mutex-member "Pair::left'"
		Tally right; // expect: esp-mutex-member "Pair::right'"
	};

	Pair pair; // ok: esp-mutex-member
	for (int i = 0; i < n; ++i) {
		Tally &side = (i % 2) ? pair.left : pair.right;
		std::lock_guard<std::mutex> guard(side.lock);
		side.total += i;
	}
	return pair.left.total - pair.right.total;
}
