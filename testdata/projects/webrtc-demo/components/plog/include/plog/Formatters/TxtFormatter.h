#pragma once

#include "../Record.h"

#include <string>

namespace plog {

class TxtFormatter {
public:
	static std::string format(const Record &record) {
		std::string line = severityToString(record.severity());
		line += " ";
		line += record.file();
		line += ":";
		line += std::to_string(record.line());
		line += " ";
		line += record.message();
		line += "\n";
		return line;
	}
};

} // namespace plog
