// esp-unjoined-thread: pthread handles kept in class members, as in a library's process-wide
// Init singleton. Members count by class and name, whichever method touches them.

#include <pthread.h>

namespace net {

class Stack {
public:
	~Stack();
	void start();
	void stop();

private:
	static void *TimerMain(void *arg);
	static void *StatsMain(void *arg);

	pthread_t mTimerThread{};
	pthread_t mStatsThread{};
	pthread_t mWatchThread{};
};

void Stack::start() {
	pthread_create(&mTimerThread, nullptr, &Stack::TimerMain, this); // ok: esp-unjoined-thread
	pthread_create(&this->mStatsThread, nullptr, &Stack::StatsMain, this); // ok: esp-unjoined-thread
	// expect: esp-unjoined-thread "Thread created by pthread_create into 'net::Stack::mWatchThread'"
	if (pthread_create(&mWatchThread, nullptr, &Stack::TimerMain, this) != 0) {
		return;
	}
}

void Stack::stop() {
	pthread_join(mTimerThread, nullptr);
}

Stack::~Stack() {
	pthread_detach(this->mStatsThread);
}

void *Stack::TimerMain(void *arg) {
	return arg;
}

void *Stack::StatsMain(void *arg) {
	return arg;
}

} // namespace net
