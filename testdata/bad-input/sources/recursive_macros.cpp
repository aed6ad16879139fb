#include <mutex>

// Macros that name themselves or each other: the preprocessor stops expanding at the repeat.
#define SELF SELF + 1
#define PING PONG
#define PONG PING
#define CALL(x) CALL(x) + OTHER(x)
#define OTHER(x) CALL(x)

int a = SELF;
int b = PING;
int c = CALL(1);

struct Recursive {
	std::mutex lock;
};
