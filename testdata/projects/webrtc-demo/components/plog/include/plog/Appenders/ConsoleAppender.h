#pragma once

#include "../Formatters/TxtFormatter.h"
#include "IAppender.h"

#include <stdio.h>

namespace plog {

// Writes to the ESP-IDF console (UART). The Logger already serializes calls to write().
class ConsoleAppender : public IAppender {
public:
	void write(const Record &record) override {
		std::string line = TxtFormatter::format(record);
		fputs(line.c_str(), stdout);
	}
};

} // namespace plog
