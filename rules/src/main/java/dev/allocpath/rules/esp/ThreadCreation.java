package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.CallFact;
import java.util.List;

/**
 * A place where a thread starts.
 *
 * @param handle storage key of where its id or object lands, null when it is not a storage location
 * @param how a few words for messages: "pthread_create", "std::thread", "wrapper 'f'", ...
 * @param startRoutine the start function as written, when known (pthread_create's third argument)
 * @param innerCalls for wrappers, the pthread_create calls reached through them
 * @param stdThread whether a std::thread object owns it (destroying it joinable calls std::terminate)
 */
record ThreadCreation(
    CallFact call,
    SourceLocation location,
    String handle,
    String how,
    String startRoutine,
    List<SourceLocation> innerCalls,
    boolean stdThread) {}
