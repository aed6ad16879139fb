#include "threadpool.hpp"

namespace rtc::impl {

ThreadPool &ThreadPool::Instance() {
	static ThreadPool *instance = new ThreadPool;
	return *instance;
}

ThreadPool::~ThreadPool() { join(); }

void ThreadPool::spawn(unsigned int count) {
	std::lock_guard<std::mutex> lock(mMutex);
	mStopping = false;
	while (count-- > 0)
		mWorkers.emplace_back([this] { run(); });
	PLOG_DEBUG << "Thread pool has " << mWorkers.size() << " workers";
}

void ThreadPool::join() {
	{
		std::lock_guard<std::mutex> lock(mMutex);
		mStopping = true;
	}
	mTasksCondition.notify_all();

	for (auto &worker : mWorkers)
		if (worker.joinable())
			worker.join();

	std::lock_guard<std::mutex> lock(mMutex);
	mWorkers.clear();
}

void ThreadPool::enqueue(task_type task) {
	{
		std::lock_guard<std::mutex> lock(mMutex);
		mTasks.push_back(std::move(task));
	}
	mTasksCondition.notify_one();
}

void ThreadPool::run() {
	while (auto task = dequeue()) {
		try {
			task();
		} catch (const std::exception &e) {
			PLOG_WARNING << "Unhandled exception in task: " << e.what();
		}
	}
}

ThreadPool::task_type ThreadPool::dequeue() {
	std::unique_lock<std::mutex> lock(mMutex);
	mTasksCondition.wait(lock, [this] { return !mTasks.empty() || mStopping; });
	if (mTasks.empty())
		return nullptr;
	auto task = std::move(mTasks.front());
	mTasks.pop_front();
	return task;
}

} // namespace rtc::impl
