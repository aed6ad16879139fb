// Logging macros: PLOG_INFO << "text" << value;
#pragma once

#include "Logger.h"
#include "Record.h"

namespace plog {

inline bool shouldLog(Severity severity) {
	Logger<0> *logger = Logger<0>::current();
	return logger != nullptr && logger->checkSeverity(severity);
}

// Receives the finished record at the end of the statement and hands it to the logger.
struct RecordSink {
	void operator=(const Record &record) const { Logger<0>::current()->write(record); }
};

} // namespace plog

// The empty if-branch keeps a trailing "else" in the caller bound to the caller's own "if".
#define PLOG_AT(severity)                                                                          \
	if (!plog::shouldLog(severity)) {                                                              \
	} else                                                                                         \
		plog::RecordSink() = plog::Record(severity, __FILE__, __LINE__)

#define PLOG_VERBOSE PLOG_AT(plog::verbose)
#define PLOG_DEBUG PLOG_AT(plog::debug)
#define PLOG_INFO PLOG_AT(plog::info)
#define PLOG_WARNING PLOG_AT(plog::warning)
#define PLOG_ERROR PLOG_AT(plog::error)
#define PLOG_FATAL PLOG_AT(plog::fatal)
