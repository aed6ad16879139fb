// esp-mutex-member: a using-declaration (`using std::mutex;`) makes the short name mean the
// standard type in that scope, like an alias. A using-directive (`using namespace std;`)
// needs name lookup that the rule does not do yet (known false negative). A short name
// with no using in scope is not the standard type.

#include <mutex>

namespace media {

using std::mutex;
using std::recursive_mutex;

struct Decoder {
	mutex mFrameLock; // expect: esp-mutex-member "media::Decoder::mFrameLock'" "1 std::mutex"
	recursive_mutex mConfigLock; // expect: esp-mutex-member "media::Decoder::mConfigLock'" "1 std::recursive_mutex"
};

} // namespace media

namespace net {

using namespace std;

struct Link {
	timed_mutex mLinkLock; // expect-todo: esp-mutex-member
};

} // namespace net

namespace gpio {

// Not the standard type: a project type that happens to have the same name.
struct mutex {
	int pin = 0;
};

struct Pin {
	mutex mGuard; // ok: esp-mutex-member
};

} // namespace gpio
