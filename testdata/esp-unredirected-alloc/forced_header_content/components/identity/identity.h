/* Instrumentation hooks, disabled in this build: the names map to themselves. */
#pragma once
#define malloc(n) malloc(n)
#define calloc calloc
