// esp-default-heap-static: containers named without std:: after a using-directive or a
// using-declaration are still the standard ones; a project type of the same name is not.
#include <string>
#include <vector>

using namespace std;
using std::vector;

vector<int> gIds; // expect: esp-default-heap-static "'gIds' of type 'vector<int>'"
string gName; // expect: esp-default-heap-static "'gName' of type 'string' (std::string) is a string"

struct list {
	int head;
};

list gMine; // ok: esp-default-heap-static
