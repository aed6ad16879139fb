#pragma once
#include "heap_defs.h"
