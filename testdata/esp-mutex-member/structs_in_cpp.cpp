// esp-mutex-member: classes defined in a source file (in an unnamed namespace, a named one,
// or at file scope) are reported like those in headers.

#include <condition_variable>
#include <mutex>
#include <queue>

namespace {

struct PendingWork {
	std::queue<int> jobs;
	std::mutex lock; // expect: esp-mutex-member "PendingWork::lock'"
	std::condition_variable hasWork; // expect: esp-mutex-member "PendingWork::hasWork'"
};

PendingWork gWork; // ok: esp-mutex-member

} // namespace

namespace media {

struct FrameSlot {
	int index = 0;
	std::timed_mutex busy; // expect: esp-mutex-member "media::FrameSlot::busy'" "1 std::timed_mutex"
};

} // namespace media

struct FileScope {
	media::FrameSlot slot; // expect: esp-mutex-member "FileScope::slot'" "1 std::timed_mutex"
};

int drainOne() {
	std::unique_lock<std::mutex> lock(gWork.lock);
	gWork.hasWork.wait(lock, [] { return !gWork.jobs.empty(); });
	int job = gWork.jobs.front();
	gWork.jobs.pop();
	return job;
}
