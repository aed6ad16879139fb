#include "scheduler.hpp"

Scheduler scheduler;
