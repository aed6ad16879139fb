#include "rtc/peerconnection.hpp"

#include "impl/peerconnection.hpp"

namespace rtc {

PeerConnection::PeerConnection() : PeerConnection(Configuration()) {}

PeerConnection::PeerConnection(Configuration config)
    : mImpl(std::make_shared<impl::PeerConnection>(std::move(config))) {}

PeerConnection::~PeerConnection() { mImpl->close(); }

void PeerConnection::close() { mImpl->close(); }

PeerConnection::State PeerConnection::state() const { return mImpl->state; }

PeerConnection::GatheringState PeerConnection::gatheringState() const {
	return mImpl->gatheringState;
}

void PeerConnection::setLocalDescription(Description::Type type) {
	mImpl->setLocalDescription(type);
}

void PeerConnection::setRemoteDescription(Description description) {
	mImpl->setRemoteDescription(std::move(description));
}

void PeerConnection::addRemoteCandidate(Candidate candidate) {
	mImpl->addRemoteCandidate(std::move(candidate));
}

shared_ptr<DataChannel> PeerConnection::createDataChannel(string label) {
	auto channel = mImpl->emplaceDataChannel(std::move(label));
	return std::make_shared<DataChannel>(channel);
}

shared_ptr<Track> PeerConnection::addTrack(string mid) {
	return std::make_shared<Track>(mImpl->emplaceTrack(std::move(mid)));
}

void PeerConnection::onDataChannel(std::function<void(shared_ptr<DataChannel>)> callback) {
	mImpl->dataChannelCallback = std::move(callback);
}

void PeerConnection::onLocalDescription(std::function<void(Description)> callback) {
	mImpl->localDescriptionCallback = std::move(callback);
}

void PeerConnection::onLocalCandidate(std::function<void(Candidate)> callback) {
	mImpl->localCandidateCallback = std::move(callback);
}

void PeerConnection::onStateChange(std::function<void(State)> callback) {
	mImpl->stateChangeCallback = std::move(callback);
}

void PeerConnection::onIceStateChange(std::function<void(IceState)> callback) {
	mImpl->iceStateChangeCallback = std::move(callback);
}

void PeerConnection::onGatheringStateChange(std::function<void(GatheringState)> callback) {
	mImpl->gatheringStateChangeCallback = std::move(callback);
}

void PeerConnection::onSignalingStateChange(std::function<void(SignalingState)> callback) {
	mImpl->signalingStateChangeCallback = std::move(callback);
}

void PeerConnection::onTrack(std::function<void(shared_ptr<Track>)> callback) {
	mImpl->trackCallback = std::move(callback);
}

} // namespace rtc
