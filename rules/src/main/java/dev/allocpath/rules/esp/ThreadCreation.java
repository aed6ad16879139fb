package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.CallFact;
import java.util.List;

/**
 * A place where a thread starts.
 *
 * @param call the creating call or construction, null when only an assignment shows it
 * @param handle storage key of where its id or object lands, null when it is not a storage location
 * @param how a few words for messages: "pthread_create", "std::thread", "wrapper 'f'", ...
 * @param startRoutine the start function as written where it is known (pthread_create's third
 *     argument, followed through wrappers), else null
 * @param attribute storage key of the {@code pthread_attr_t} the thread is created with, else null
 * @param innerCalls for wrappers, the calls inside them that pass the handle on, down to pthread_create
 * @param stdThread whether a std::thread object owns it (destroying it joinable calls std::terminate)
 * @param unfollowable why the handle cannot be followed from this site at all, or null
 */
record ThreadCreation(
    CallFact call,
    SourceLocation location,
    String handle,
    String how,
    String startRoutine,
    String attribute,
    List<CallFact> innerCalls,
    boolean stdThread,
    String unfollowable) {

  static ThreadCreation stdThread(CallFact call, SourceLocation location, String handle) {
    return new ThreadCreation(call, location, handle, "std::thread", null, null, List.of(), true, null);
  }
}
