// Media track: RTP packets for one "mid" of the session description.
#pragma once

#include "channel.hpp"
#include "rtc/description.hpp"

#include <atomic>
#include <vector>

namespace rtc::impl {

struct PeerConnection;

class Track final : public Channel, public std::enable_shared_from_this<Track> {
public:
	Track(weak_ptr<PeerConnection> pc, string mid);
	~Track() override;

	const string &mid() const { return mMid; }
	bool send(message_variant data);
	void incoming(shared_ptr<binary> packet);
	bool isOpen() const override;
	void close() override;

private:
	const weak_ptr<PeerConnection> mPeerConnection;
	const string mMid;
	std::vector<uint32_t> mSsrcs;
	std::atomic<bool> mIsClosed = false;
};

} // namespace rtc::impl
