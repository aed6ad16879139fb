#include "first.h"
struct Second {};
