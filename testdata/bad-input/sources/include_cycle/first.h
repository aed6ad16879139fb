#include <mutex>
#include "second.h"
struct First {};
