#include "peerconnection.hpp"
#include "init.hpp"
#include "threadpool.hpp"

#if RTC_ENABLE_WEBSOCKET
#include "wstransport.hpp"
#endif

namespace rtc::impl {

namespace {
constexpr uint16_t SCTP_PORT = 5000;
}

PeerConnection::PeerConnection(Configuration config_) : config(std::move(config_)) {
	Init::Instance().acquire();
	PLOG_VERBOSE << "Creating PeerConnection (each callback guarded by its own std::recursive_mutex)";
}

PeerConnection::~PeerConnection() {
	PLOG_VERBOSE << "Destroying PeerConnection";
	close();
	Init::Instance().release();
}

void PeerConnection::close() {
	closeDataChannels();
	std::lock_guard<std::mutex> lock(mInitMutex);
	if (mSctpTransport)
		mSctpTransport->stop();
	if (mDtlsTransport)
		mDtlsTransport->stop();
	mSctpTransport.reset();
	mDtlsTransport.reset();
	mIceTransport.reset();
	changeState(State::Closed);
}

optional<Description> PeerConnection::localDescription() const {
	std::lock_guard<std::mutex> lock(mLocalDescriptionMutex);
	return mLocalDescription;
}

void PeerConnection::setLocalDescription(Description::Type type) {
	auto ice = initIceTransport();
	auto description = ice->localDescription(type);
	{
		std::lock_guard<std::mutex> lock(mLocalDescriptionMutex);
		mLocalDescription = description;
	}
	signalingState = type == Description::Type::Offer ? SignalingState::HaveLocalOffer
	                                                  : SignalingState::Stable;
	signalingStateChangeCallback(signalingState.load());
	localDescriptionCallback(std::move(description));
	ice->gatherLocalCandidates();
}

void PeerConnection::setRemoteDescription(Description description) {
	auto ice = initIceTransport();
	ice->setRemoteDescription(description);
	for (const auto &candidate : description.candidates())
		ice->addRemoteCandidate(candidate);
	{
		std::lock_guard<std::mutex> lock(mLocalDescriptionMutex);
		mRemoteDescription = std::move(description);
	}
	initDtlsTransport()->start();
}

void PeerConnection::addRemoteCandidate(Candidate candidate) {
	initIceTransport()->addRemoteCandidate(candidate);
}

shared_ptr<IceTransport> PeerConnection::initIceTransport() {
	std::lock_guard<std::mutex> lock(mInitMutex);
	if (mIceTransport)
		return mIceTransport;

	auto weakThis = weak_from_this();
	mIceTransport = make_shared<IceTransport>(
	    config.portRangeBegin, config.portRangeEnd,
	    [weakThis](const Candidate &candidate) {
		    if (auto self = weakThis.lock())
			    self->localCandidateCallback(candidate);
	    },
	    [weakThis](Transport::State transportState) {
		    if (auto self = weakThis.lock())
			    self->iceStateChangeCallback(transportState == Transport::State::Connected
			                                     ? IceState::Connected
			                                     : IceState::Checking);
	    },
	    [weakThis](IceTransport::GatheringState gathering) {
		    if (auto self = weakThis.lock())
			    self->changeGatheringState(gathering == IceTransport::GatheringState::Complete
			                                   ? GatheringState::Complete
			                                   : GatheringState::InProgress);
	    });
	return mIceTransport;
}

shared_ptr<DtlsTransport> PeerConnection::initDtlsTransport() {
	auto ice = initIceTransport();
	std::lock_guard<std::mutex> lock(mInitMutex);
	if (mDtlsTransport)
		return mDtlsTransport;

	auto weakThis = weak_from_this();
	mDtlsTransport = make_shared<DtlsTransport>(ice, "", [weakThis](Transport::State s) {
		auto self = weakThis.lock();
		if (!self)
			return;
		if (s == Transport::State::Connected)
			ThreadPool::Instance().enqueue([self] { self->initSctpTransport()->start(); });
		else if (s == Transport::State::Failed)
			self->changeState(State::Failed);
	});
	return mDtlsTransport;
}

shared_ptr<SctpTransport> PeerConnection::initSctpTransport() {
	auto dtls = initDtlsTransport();
	std::lock_guard<std::mutex> lock(mInitMutex);
	if (mSctpTransport)
		return mSctpTransport;

	auto weakThis = weak_from_this();
	mSctpTransport = make_shared<SctpTransport>(dtls, SCTP_PORT, [weakThis](Transport::State s) {
		if (auto self = weakThis.lock()) {
			if (s == Transport::State::Connected) {
				self->changeState(State::Connected);
				self->openDataChannels();
			}
		}
	});
	return mSctpTransport;
}

shared_ptr<DataChannel> PeerConnection::emplaceDataChannel(string label) {
	std::unique_lock<std::shared_mutex> lock(mDataChannelsMutex);
	auto channel = make_shared<DataChannel>(weak_from_this(), nextStreamId(), std::move(label));
	mDataChannels.emplace(channel->stream(), channel);
	return channel;
}

shared_ptr<Track> PeerConnection::emplaceTrack(string mid) {
	auto track = make_shared<Track>(weak_from_this(), std::move(mid));
	std::unique_lock<std::shared_mutex> lock(mDataChannelsMutex);
	mTracks.push_back(track);
	return track;
}

void PeerConnection::openDataChannels() {
	auto transport = mSctpTransport;
	std::shared_lock<std::shared_mutex> lock(mDataChannelsMutex);
	for (auto &[stream, weakChannel] : mDataChannels)
		if (auto channel = weakChannel.lock())
			channel->open(transport);
}

void PeerConnection::closeDataChannels() {
	std::shared_lock<std::shared_mutex> lock(mDataChannelsMutex);
	for (auto &[stream, weakChannel] : mDataChannels)
		if (auto channel = weakChannel.lock())
			channel->close();
}

bool PeerConnection::changeState(State newState) {
	if (state.exchange(newState) == newState)
		return false;
	stateChangeCallback(newState);
	return true;
}

bool PeerConnection::changeGatheringState(GatheringState newState) {
	if (gatheringState.exchange(newState) == newState)
		return false;
	gatheringStateChangeCallback(newState);
	return true;
}

uint16_t PeerConnection::nextStreamId() {
	uint16_t stream = mNextStream;
	mNextStream += 2;
	return stream;
}

} // namespace rtc::impl
