// esp-default-heap-static: each standard container and string with the default allocator
// (written out or left implicit) is reported; other standard types are not.
#include <array>
#include <deque>
#include <forward_list>
#include <list>
#include <map>
#include <memory_resource>
#include <optional>
#include <queue>
#include <set>
#include <stack>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

std::vector<int> gVector; // expect: esp-default-heap-static "'gVector' of type 'std::vector<int>' is a container"
std::deque<int> gDeque; // expect: esp-default-heap-static "'gDeque'"
std::list<int> gList; // expect: esp-default-heap-static "'gList'"
std::forward_list<int> gForwardList; // expect: esp-default-heap-static "'gForwardList'"
std::map<int, int> gMap; // expect: esp-default-heap-static "'gMap'"
std::multimap<int, int> gMultimap; // expect: esp-default-heap-static "'gMultimap'"
std::set<int> gSet; // expect: esp-default-heap-static "'gSet'"
std::multiset<int> gMultiset; // expect: esp-default-heap-static "'gMultiset'"
std::unordered_map<int, int> gUnorderedMap; // expect: esp-default-heap-static "'gUnorderedMap'"
std::unordered_multimap<int, int> gUnorderedMultimap; // expect: esp-default-heap-static "'gUnorderedMultimap'"
std::unordered_set<int> gUnorderedSet; // expect: esp-default-heap-static "'gUnorderedSet'"
std::unordered_multiset<int> gUnorderedMultiset; // expect: esp-default-heap-static "'gUnorderedMultiset'"
std::string gString; // expect: esp-default-heap-static "'gString' of type 'std::string' is a string"
std::wstring gWideString; // expect: esp-default-heap-static "'gWideString'"
std::basic_string<char> gBasicString; // expect: esp-default-heap-static "'gBasicString'" "is a string"
std::vector<int, std::allocator<int>> gExplicitDefault; // expect: esp-default-heap-static "'gExplicitDefault'"
std::map<int, int, std::greater<int>> gCustomCompare; // expect: esp-default-heap-static "'gCustomCompare'"
std::queue<int> gQueue; // expect: esp-default-heap-static "'gQueue'"
std::stack<int, std::vector<int>> gStack; // expect: esp-default-heap-static "'gStack'"
std::priority_queue<int> gHeap; // expect: esp-default-heap-static "'gHeap'"
const std::vector<std::string> gTable = {"a", "b"}; // expect: esp-default-heap-static "'gTable'"

template <typename T> struct PSRAMAllocator;
std::queue<int, std::deque<int, PSRAMAllocator<int>>> gPsramQueue; // ok: esp-default-heap-static
std::array<int, 8> gArray; // ok: esp-default-heap-static
std::optional<int> gOptional; // ok: esp-default-heap-static
std::pmr::vector<int> gPolymorphic; // ok: esp-default-heap-static
int gPlain[16]; // ok: esp-default-heap-static
