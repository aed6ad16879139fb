// Base of the transport chain ICE -> DTLS -> SCTP. Each layer passes messages up through
// recv() and down through its lower transport.
#pragma once

#include "internals.hpp"

#include <atomic>

namespace rtc::impl {

class Transport {
public:
	enum class State { Disconnected, Connecting, Connected, Completed, Failed };

	using message_ptr = shared_ptr<binary>;
	using message_callback = std::function<void(message_ptr)>;
	using state_callback = std::function<void(State)>;

	Transport(shared_ptr<Transport> lower = nullptr, state_callback callback = nullptr)
	    : mLower(std::move(lower)) {
		mStateChangeCallback = std::move(callback);
	}
	virtual ~Transport() = default;

	virtual void start() {}
	virtual void stop() {}
	virtual bool send(message_ptr message) { return outgoing(std::move(message)); }

	void onRecv(message_callback callback) { mRecvCallback = std::move(callback); }
	State state() const { return mState; }

protected:
	void recv(message_ptr message) {
		if (mRecvCallback)
			mRecvCallback(std::move(message));
	}

	void changeState(State state) {
		if (mState.exchange(state) != state)
			mStateChangeCallback(state);
	}

	virtual bool outgoing(message_ptr message) {
		return mLower ? mLower->send(std::move(message)) : false;
	}

	shared_ptr<Transport> mLower;

private:
	// Every transport inherits this one, so each ICE, DTLS and SCTP transport owns a lock.
	synchronized_callback<State> mStateChangeCallback; // expect: esp-mutex-member "Transport::mStateChangeCallback'" "1 std::recursive_mutex"
	message_callback mRecvCallback;
	std::atomic<State> mState = State::Disconnected;
};

} // namespace rtc::impl
