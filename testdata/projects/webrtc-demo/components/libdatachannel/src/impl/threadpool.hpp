// Fixed-size pool that runs the library's deferred work (callbacks, timers, teardown).
#pragma once

#include "internals.hpp"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace rtc::impl {

class ThreadPool final {
public:
	using task_type = std::function<void()>;

	static ThreadPool &Instance();

	ThreadPool(const ThreadPool &) = delete;
	ThreadPool &operator=(const ThreadPool &) = delete;

	void spawn(unsigned int count);
	void join();
	void enqueue(task_type task);

private:
	ThreadPool() = default;
	~ThreadPool();

	void run();
	task_type dequeue(); // blocks; returns an empty task once the pool is stopping

	std::vector<std::thread> mWorkers;
	std::deque<task_type> mTasks;
	bool mStopping = false;

	std::mutex mMutex; // expect: esp-mutex-member "ThreadPool::mMutex'" "1 std::mutex"
	std::condition_variable mTasksCondition; // expect: esp-mutex-member "1 std::condition_variable"
};

} // namespace rtc::impl
