// esp-mutex-member: a type listed under `primitives` in .allocpath.yml counts like std::mutex,
// at the configured cost, and so do classes that hold it by value.
#pragma once
#include <os/lock.hpp>

struct Queue {
  os::Lock guard; // expect: esp-mutex-member "Queue::guard'" "1 os::Lock" "about 92 bytes" "estimated"
  os::Lock *borrowed; // ok: esp-mutex-member
};

struct Scheduler {
  Queue ready; // expect: esp-mutex-member "Scheduler::ready'" "1 os::Lock"
  os::Lock locks[2]; // expect: esp-mutex-member "2 os::Lock" "about 184 bytes"
  os::Lockless fast; // ok: esp-mutex-member
};
