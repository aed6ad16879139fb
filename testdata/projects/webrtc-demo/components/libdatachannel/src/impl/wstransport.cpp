#include "wstransport.hpp"

namespace rtc::impl {

WsTransport::WsTransport(shared_ptr<Transport> lower, string host, state_callback callback)
    : Transport(std::move(lower), std::move(callback)), mHost(std::move(host)) {}

WsTransport::~WsTransport() { stop(); }

void WsTransport::start() {
	changeState(State::Connecting);
	sendHttpRequest();
}

bool WsTransport::send(message_ptr message) {
	std::unique_lock<std::mutex> lock(mSendMutex);
	mHandshakeDone.wait(lock, [this] { return mHandshakeComplete; });
	sendFrame(*message);
	return true;
}

void WsTransport::sendHttpRequest() {
	string request = "GET / HTTP/1.1\r\nHost: " + mHost +
	                 "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n";
	auto *bytes = reinterpret_cast<const std::byte *>(request.data());
	outgoing(make_shared<binary>(bytes, bytes + request.size()));
}

void WsTransport::sendFrame(const binary &payload) {
	auto frame = make_shared<binary>();
	frame->push_back(std::byte{0x82}); // final binary frame
	frame->push_back(std::byte(payload.size() < 126 ? payload.size() : 126));
	frame->insert(frame->end(), payload.begin(), payload.end());
	outgoing(frame);
}

} // namespace rtc::impl
