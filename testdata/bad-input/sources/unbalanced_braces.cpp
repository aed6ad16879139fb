#include <mutex>

// Braces that never close: the parser recovers at the end of the file.
class Broken {
	std::mutex lock;
	void run() {
		if (ready) {
			while (true) {
				work();
	}

struct AfterTheDamage {
	int value;
