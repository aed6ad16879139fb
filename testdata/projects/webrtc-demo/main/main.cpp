// Demo application: brings up Wi-Fi, starts the WebRTC stack and answers one data channel.
// The analyzer skips main/ (the application is not part of the audited components), so the
// mutex member and the detached-by-accident thread below must not be reported.

#include <esp_heap_caps.h>
#include <esp_log.h>
#include <nvs_flash.h>
#include <pthread.h>
#include <unistd.h>

#include <memory>
#include <mutex>
#include <string>

#include "rtc/rtc.hpp"

static const char *TAG = "webrtc_demo";

namespace {

struct SignalingSession {
	std::mutex lock;
	std::string remoteSdp;
	std::shared_ptr<rtc::PeerConnection> peer;
};

SignalingSession gSession;

void logFreeInternal(const char *step) {
	ESP_LOGI(TAG, "%-28s internal free: %u bytes", step,
	         (unsigned)heap_caps_get_free_size(MALLOC_CAP_INTERNAL));
}

void *statsTask(void *) {
	for (;;) {
		logFreeInternal("periodic");
		sleep(10);
	}
	return nullptr;
}

} // namespace

extern "C" void app_main(void) {
	ESP_ERROR_CHECK(nvs_flash_init());
	logFreeInternal("after NVS");

	rtc::InitLogger(rtc::LogLevel::Info);
	logFreeInternal("after InitLogger");

	rtc::StartNetworking();
	logFreeInternal("after StartNetworking");

	pthread_t stats;
	pthread_create(&stats, nullptr, statsTask, nullptr);

	rtc::Configuration config;
	config.iceServers.emplace_back("stun:stun.l.google.com:19302");

	auto peer = std::make_shared<rtc::PeerConnection>(config);
	peer->onLocalDescription([](rtc::Description description) {
		std::lock_guard<std::mutex> guard(gSession.lock);
		ESP_LOGI(TAG, "local description ready (%s)", description.typeString().c_str());
	});
	peer->onDataChannel([](std::shared_ptr<rtc::DataChannel> channel) {
		channel->onMessage([channel](rtc::message_variant message) {
			if (std::holds_alternative<std::string>(message))
				channel->send(std::get<std::string>(message));
		});
	});

	{
		std::lock_guard<std::mutex> guard(gSession.lock);
		gSession.peer = peer;
	}
	logFreeInternal("after PeerConnection");
}
