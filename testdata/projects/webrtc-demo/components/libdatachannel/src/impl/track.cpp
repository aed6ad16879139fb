#include "track.hpp"

namespace rtc::impl {

Track::Track(weak_ptr<PeerConnection> pc, string mid)
    : mPeerConnection(std::move(pc)), mMid(std::move(mid)) {}

Track::~Track() { close(); }

bool Track::send(message_variant data) {
	if (mIsClosed || !std::holds_alternative<binary>(data))
		return false;
	bufferedAmount += std::get<binary>(data).size();
	return true;
}

void Track::incoming(shared_ptr<binary> packet) {
	if (packet && !mIsClosed)
		triggerMessage(std::move(*packet));
}

bool Track::isOpen() const { return !mIsClosed; }

void Track::close() {
	if (!mIsClosed.exchange(true))
		triggerClosed();
}

} // namespace rtc::impl
