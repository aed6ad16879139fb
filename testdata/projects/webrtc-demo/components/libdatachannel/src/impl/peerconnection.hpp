// The heart of the library: one object per WebRTC connection.
//
// Each synchronized_callback below owns a std::recursive_mutex, and so does every transport
// and channel the connection creates: a single connection costs dozens of FreeRTOS queues in
// internal RAM before any data flows.
#pragma once

#include "datachannel.hpp"
#include "dtlstransport.hpp"
#include "icetransport.hpp"
#include "sctptransport.hpp"
#include "track.hpp"

#include "rtc/configuration.hpp"
#include "rtc/description.hpp"
#include "rtc/peerconnection.hpp"

#include <atomic>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

namespace rtc::impl {

struct PeerConnection final : std::enable_shared_from_this<PeerConnection> {
	using State = rtc::PeerConnection::State;
	using IceState = rtc::PeerConnection::IceState;
	using GatheringState = rtc::PeerConnection::GatheringState;
	using SignalingState = rtc::PeerConnection::SignalingState;

	explicit PeerConnection(Configuration config_);
	~PeerConnection();

	void close();

	optional<Description> localDescription() const;
	void setLocalDescription(Description::Type type);
	void setRemoteDescription(Description description);
	void addRemoteCandidate(Candidate candidate);

	shared_ptr<IceTransport> initIceTransport();
	shared_ptr<DtlsTransport> initDtlsTransport();
	shared_ptr<SctpTransport> initSctpTransport();

	shared_ptr<DataChannel> emplaceDataChannel(string label);
	shared_ptr<Track> emplaceTrack(string mid);
	void openDataChannels();
	void closeDataChannels();

	bool changeState(State newState);
	bool changeGatheringState(GatheringState newState);

	const Configuration config;
	std::atomic<State> state = State::New;
	std::atomic<GatheringState> gatheringState = GatheringState::New;
	std::atomic<SignalingState> signalingState = SignalingState::Stable;

	synchronized_callback<shared_ptr<rtc::DataChannel>> dataChannelCallback; // expect: esp-mutex-member "PeerConnection::dataChannelCallback'"
	synchronized_callback<Description> localDescriptionCallback; // expect: esp-mutex-member "PeerConnection::localDescriptionCallback'"
	synchronized_callback<Candidate> localCandidateCallback; // expect: esp-mutex-member "PeerConnection::localCandidateCallback'"
	synchronized_callback<State> stateChangeCallback; // expect: esp-mutex-member "rtc::impl::PeerConnection::stateChangeCallback'" "1 std::recursive_mutex"
	synchronized_callback<IceState> iceStateChangeCallback; // expect: esp-mutex-member "PeerConnection::iceStateChangeCallback'"
	synchronized_callback<GatheringState> gatheringStateChangeCallback; // expect: esp-mutex-member "PeerConnection::gatheringStateChangeCallback'"
	synchronized_callback<SignalingState> signalingStateChangeCallback; // expect: esp-mutex-member "PeerConnection::signalingStateChangeCallback'"
	synchronized_callback<shared_ptr<rtc::Track>> trackCallback; // expect: esp-mutex-member "PeerConnection::trackCallback'"

private:
	uint16_t nextStreamId();

	std::mutex mInitMutex; // expect: esp-mutex-member "PeerConnection::mInitMutex'" "1 std::mutex"

	// Transports are shared with their callbacks; the pointers themselves hold no lock.
	shared_ptr<IceTransport> mIceTransport;
	shared_ptr<DtlsTransport> mDtlsTransport;
	shared_ptr<SctpTransport> mSctpTransport;

	optional<Description> mLocalDescription, mRemoteDescription;
	mutable std::mutex mLocalDescriptionMutex; // expect: esp-mutex-member "PeerConnection::mLocalDescriptionMutex'"

	std::unordered_map<uint16_t, weak_ptr<DataChannel>> mDataChannels;
	std::vector<weak_ptr<Track>> mTracks;
	mutable std::shared_mutex mDataChannelsMutex; // expect: esp-mutex-member "PeerConnection::mDataChannelsMutex'" "1 std::shared_mutex"

	uint16_t mNextStream = 1;
};

} // namespace rtc::impl
