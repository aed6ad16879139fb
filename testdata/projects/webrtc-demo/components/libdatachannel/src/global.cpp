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

} // namespace

void InitLogger(LogLevel level) {
	// A function-local static: one appender for the program, not a member of anything.
	static plog::ConsoleAppender appender;
	plog::init(toSeverity(level), &appender);
}

void StartNetworking() { impl::Init::Instance().acquire(); }

void Cleanup() { impl::Init::Instance().release(); }

} // namespace rtc
