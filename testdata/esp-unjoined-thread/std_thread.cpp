// esp-unjoined-thread: std::thread is a pthread underneath. Members joined in a destructor,
// threads moved into a vector and joined through it, and detached threads are fine. A
// std::thread nobody joins or detaches also calls std::terminate when it is destroyed.

#include <thread>
#include <utility>
#include <vector>

void work();
void work_with(int n);

class Ticker {
public:
	Ticker() : mThread(&Ticker::run, this) {} // ok: esp-unjoined-thread
	~Ticker() {
		if (mThread.joinable())
			mThread.join();
	}

private:
	void run();
	std::thread mThread;
};

class Poller {
public:
	void start() { mThread = std::thread([this] { poll(); }); } // ok: esp-unjoined-thread
	void stop();

private:
	void poll();
	std::thread mThread;
};

void Poller::stop() {
	mThread.join();
}

class Leaky {
public:
	// expect: esp-unjoined-thread "Thread created by std::thread into 'Leaky::mWorker'" "std::terminate"
	void start() { mWorker = std::thread(work); }

private:
	std::thread mWorker;
	std::thread mIdle; // default-constructed: no thread runs in it
};

class Background {
	std::thread mThread{work}; // ok: esp-unjoined-thread

public:
	~Background() { mThread.detach(); }
};

void joined_local() {
	std::thread t(work); // ok: esp-unjoined-thread
	t.join();
}

void detached_local() {
	std::thread t(work_with, 3); // ok: esp-unjoined-thread
	t.detach();
}

void leaked_local() {
	std::thread t(work); // expect: esp-unjoined-thread "'t'" "std::terminate"
}

void moved_into_vector() {
	std::vector<std::thread> threads;
	for (int i = 0; i < 4; i++) {
		std::thread t(work_with, i); // ok: esp-unjoined-thread
		threads.push_back(std::move(t));
	}
	for (auto &joined : threads)
		joined.join();
}

void emplaced_and_joined() {
	std::vector<std::thread> pool;
	for (int i = 0; i < 2; i++)
		pool.emplace_back(work_with, i); // ok: esp-unjoined-thread
	for (std::thread &worker : pool)
		worker.join();
}

void emplaced_and_forgotten() {
	std::vector<std::thread> pool;
	pool.emplace_back(work); // expect: esp-unjoined-thread "'pool[]'" "std::terminate"
	pool.push_back(std::thread(work_with, 1)); // expect: esp-unjoined-thread "'pool[]'"
}

void indexed_and_joined() {
	std::thread workers[3];
	for (int i = 0; i < 3; i++)
		workers[i] = std::thread(work_with, i); // ok: esp-unjoined-thread
	for (int i = 0; i < 3; i++)
		workers[i].join();
}

unsigned int core_count() {
	unsigned int n = std::thread::hardware_concurrency(); // ok: esp-unjoined-thread
	std::thread nothing; // ok: esp-unjoined-thread
	return n;
}

void consume(std::thread thread);

// Handles that leave for code the rule cannot follow: listed as notes, not guessed.
std::thread make_worker() {
	std::thread t(work); // expect: esp-unjoined-thread "Could not decide" "returned to the caller"
	return t;
}

void hand_over() {
	std::thread t(work); // expect: esp-unjoined-thread "Could not decide" "consume"
	consume(std::move(t));
}

// A thread moved into a member that the destructor joins.
class Owner {
public:
	void adopt() {
		std::thread t(work); // ok: esp-unjoined-thread
		mThread = std::move(t);
	}
	~Owner() { mThread.join(); }

private:
	std::thread mThread;
};

#include <memory>

// Threads owned through a pointer: the pointer is the handle.
class PointerOwners {
public:
	void start() {
		mRaw = new std::thread(work); // ok: esp-unjoined-thread
		mUnique = std::make_unique<std::thread>(work_with, 2); // ok: esp-unjoined-thread
		mForgotten = std::make_unique<std::thread>(work); // expect: esp-unjoined-thread "'PointerOwners::mForgotten'"
	}
	void stop() {
		mRaw->join();
		delete mRaw;
		mUnique->detach();
	}

private:
	std::thread *mRaw = nullptr;
	std::unique_ptr<std::thread> mUnique;
	std::unique_ptr<std::thread> mForgotten;
};
