// Small helpers used across the library.
#pragma once

#include <functional>
#include <mutex>
#include <optional>
#include <tuple>
#include <utility>

namespace rtc {

// A user callback that can be replaced from one thread while another thread fires it.
//
// Every instance carries its own std::recursive_mutex (recursive, because a callback may
// replace itself while it runs). On ESP-IDF each of those mutexes is a FreeRTOS queue taken
// from internal RAM, so a class with a dozen callbacks pays for a dozen queues per object.
template <typename... Args> class synchronized_callback {
public:
	using function_type = std::function<void(Args...)>;

	synchronized_callback() = default;
	synchronized_callback(const synchronized_callback &) = delete;
	synchronized_callback &operator=(const synchronized_callback &) = delete;
	virtual ~synchronized_callback() = default;

	synchronized_callback &operator=(function_type fn) {
		std::lock_guard<std::recursive_mutex> guard(mutex);
		store(std::move(fn));
		return *this;
	}

	// Returns false when no callback was set (the call is then dropped, or kept by a subclass).
	bool operator()(Args... args) const {
		std::lock_guard<std::recursive_mutex> guard(mutex);
		return invoke(std::move(args)...);
	}

	explicit operator bool() const {
		std::lock_guard<std::recursive_mutex> guard(mutex);
		return static_cast<bool>(callback);
	}

	void reset() {
		std::lock_guard<std::recursive_mutex> guard(mutex);
		store(nullptr);
	}

protected:
	virtual void store(function_type fn) { callback = std::move(fn); }

	virtual bool invoke(Args... args) const {
		if (!callback)
			return false;
		callback(std::move(args)...);
		return true;
	}

	function_type callback;
	mutable std::recursive_mutex mutex; // expect: esp-mutex-member "::mutex'" "1 std::recursive_mutex"
};

// Like synchronized_callback, but a call made while nothing is registered is remembered and
// replayed as soon as a callback is set (used for "open" and "message" events that may fire
// before the application had a chance to subscribe).
template <typename... Args>
class synchronized_stored_callback final : public synchronized_callback<Args...> {
	using base = synchronized_callback<Args...>;

public:
	using base::operator=;

private:
	void store(typename base::function_type fn) override {
		base::store(std::move(fn));
		if (this->callback && pending) {
			auto replay = std::move(*pending);
			pending.reset();
			std::apply(this->callback, std::move(replay));
		}
	}

	bool invoke(Args... args) const override {
		if (this->callback)
			return base::invoke(std::move(args)...);
		pending.emplace(std::move(args)...);
		return false;
	}

	// Holds arguments, not a lock: the base class's mutex guards it.
	mutable std::optional<std::tuple<Args...>> pending;
};

// Runs a function when the scope ends (used to release C resources on every path).
template <typename F> class scope_guard {
public:
	explicit scope_guard(F fn) : mFn(std::move(fn)) {}
	scope_guard(const scope_guard &) = delete;
	~scope_guard() {
		if (mArmed)
			mFn();
	}
	void dismiss() { mArmed = false; }

private:
	F mFn;
	bool mArmed = true;
};

} // namespace rtc
