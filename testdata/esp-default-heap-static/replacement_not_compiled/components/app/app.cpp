#include <vector>

std::vector<int> gSamples; // expect: esp-default-heap-static "Namespace-scope object 'gSamples'"
