// State and callbacks shared by data channels and media tracks.
#pragma once

#include "internals.hpp"

#include <atomic>

namespace rtc::impl {

struct Channel {
	virtual ~Channel() = default;

	virtual bool isOpen() const = 0;
	virtual void close() = 0;

	void triggerOpen();
	void triggerClosed();
	void triggerMessage(message_variant message);

	// Stored callbacks: an event that arrives before the application subscribed is replayed.
	synchronized_stored_callback<> openCallback; // expect: esp-mutex-member "Channel::openCallback'"
	synchronized_stored_callback<> closedCallback; // expect: esp-mutex-member "Channel::closedCallback'"
	synchronized_stored_callback<message_variant> messageCallback; // expect: esp-mutex-member "Channel::messageCallback'" "1 std::recursive_mutex"

	std::atomic<size_t> bufferedAmount = 0;
};

} // namespace rtc::impl
