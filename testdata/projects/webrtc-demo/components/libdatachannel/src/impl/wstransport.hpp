// WebSocket transport for signaling. Not built on the device: CMakeLists.txt leaves
// wstransport.cpp out and RTC_ENABLE_WEBSOCKET is 0, so nothing compiled includes this file.
#pragma once

#include "transport.hpp"

#include <condition_variable>
#include <mutex>

namespace rtc::impl {

class WsTransport final : public Transport {
public:
	WsTransport(shared_ptr<Transport> lower, string host, state_callback callback);
	~WsTransport() override;

	void start() override;
	bool send(message_ptr message) override;

private:
	void sendHttpRequest();
	void sendFrame(const binary &payload);

	const string mHost;
	binary mPartialFrame;
	std::mutex mSendMutex;
	std::condition_variable mHandshakeDone;
	bool mHandshakeComplete = false;
};

} // namespace rtc::impl
