#pragma once

#include "Logger.h"

namespace plog {

template <int instanceId = 0>
Logger<instanceId> &init(Severity maxSeverity, IAppender *appender = nullptr) {
	// The logger is a function-local static, not a class member.
	static Logger<instanceId> logger(maxSeverity);
	logger.setMaxSeverity(maxSeverity);
	Logger<instanceId>::current() = &logger;
	return appender ? logger.addAppender(appender) : logger;
}

} // namespace plog
