#include <string>
#include <vector>

std::vector<int> gSamples; // ok: esp-default-heap-static
std::string gName; // ok: esp-default-heap-static
