#include "rtc/global.hpp"

#include "impl/init.hpp"

#include "plog/Appenders/ConsoleAppender.h"
#include "plog/Init.h"

namespace rtc {

namespace {

plog::Severity toSeverity(LogLevel level) {
	switch (level) {
	case LogLevel::Fatal:
		return plog::fatal;
	case LogLevel::Error:
		return plog::error;
	case LogLevel::Warning:
		return plog::warning;
	case LogLevel::Info:
		return plog::info;
	case LogLevel::Debug:
		return plog::debug;
	case LogLevel::Verbose:
		return plog::verbose;
	default:
		return plog::none;
	}
}

constexpr unsigned int LOG_FLUSH_STACK_SIZE = 3 * 1024;

// Writes buffered log lines to the console from a task of its own. The object lives in static
// storage, so its constructor, and the task it starts, run before app_main.
class LogFlusher {
public:
	LogFlusher() {
		xTaskCreate(&LogFlusher::Run, "rtc-log", LOG_FLUSH_STACK_SIZE, this, 3, &mTask); // expect: esp-internal-stack "3,072-byte stack (from the source)"
	}

private:
	static void Run(void *arg) { (void)arg; }
	TaskHandle_t mTask = nullptr;
};

LogFlusher gLogFlusher;

} // namespace

void InitLogger(LogLevel level) {
	// A function-local static: one appender for the program, not a member of anything.
	static plog::ConsoleAppender appender;
	plog::init(toSeverity(level), &appender);
}

void StartNetworking() { impl::Init::Instance().acquire(); }

void Cleanup() { impl::Init::Instance().release(); }

} // namespace rtc
