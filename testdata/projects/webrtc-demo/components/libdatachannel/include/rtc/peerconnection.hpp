#pragma once

#include "configuration.hpp"
#include "datachannel.hpp"
#include "description.hpp"
#include "track.hpp"

namespace rtc {

namespace impl {
struct PeerConnection;
}

class RTC_CPP_EXPORT PeerConnection final {
public:
	enum class State { New, Connecting, Connected, Disconnected, Failed, Closed };
	enum class IceState { New, Checking, Connected, Completed, Failed, Disconnected, Closed };
	enum class GatheringState { New, InProgress, Complete };
	enum class SignalingState { Stable, HaveLocalOffer, HaveRemoteOffer };

	PeerConnection();
	explicit PeerConnection(Configuration config);
	~PeerConnection();

	void close();
	State state() const;
	GatheringState gatheringState() const;

	void setLocalDescription(Description::Type type = Description::Type::Unspec);
	void setRemoteDescription(Description description);
	void addRemoteCandidate(Candidate candidate);

	shared_ptr<DataChannel> createDataChannel(string label);
	shared_ptr<Track> addTrack(string mid);

	void onDataChannel(std::function<void(shared_ptr<DataChannel>)> callback);
	void onLocalDescription(std::function<void(Description)> callback);
	void onLocalCandidate(std::function<void(Candidate)> callback);
	void onStateChange(std::function<void(State)> callback);
	void onIceStateChange(std::function<void(IceState)> callback);
	void onGatheringStateChange(std::function<void(GatheringState)> callback);
	void onSignalingStateChange(std::function<void(SignalingState)> callback);
	void onTrack(std::function<void(shared_ptr<Track>)> callback);

private:
	impl_ptr<impl::PeerConnection> mImpl;
};

} // namespace rtc
