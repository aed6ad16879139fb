#include "fuzzed.h"
#include <mutex>
#include <thread>
struct S { std::mutex m; std::thread t; };
void f() { std::thread t([]{}); t.detach(); void *p = malloc(4); }
