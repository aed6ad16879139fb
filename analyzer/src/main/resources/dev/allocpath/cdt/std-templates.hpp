// allocpath compat prelude for C++ units (force-included, never reported).
//
// The standard headers are not read, so the parser does not know which std names are templates.
// Without that, `std::lock_guard<std::mutex> lock(m);` reads as the comparison
// `(std::lock_guard < std::mutex) > lock(m)` and `std::make_shared<Foo>(a)` as a comparison too.
// Declaring the common templates (declarations only: no bodies, so no facts) fixes both.
namespace std {
template <class T> class allocator;
template <class T> struct default_delete;
template <class T> struct char_traits;
template <class C, class T = void, class A = void> class basic_string;
template <class C, class T = void> class basic_string_view;
template <class T> class initializer_list;
template <class T, class A = allocator<T>> class vector;
template <class T, class A = allocator<T>> class list;
template <class T, class A = allocator<T>> class forward_list;
template <class T, class A = allocator<T>> class deque;
template <class T, unsigned N> struct array;
template <class K, class V, class C = void, class A = void> class map;
template <class K, class V, class C = void, class A = void> class multimap;
template <class K, class C = void, class A = void> class set;
template <class K, class C = void, class A = void> class multiset;
template <class K, class V, class H = void, class E = void, class A = void> class unordered_map;
template <class K, class V, class H = void, class E = void, class A = void> class unordered_multimap;
template <class K, class H = void, class E = void, class A = void> class unordered_set;
template <class K, class H = void, class E = void, class A = void> class unordered_multiset;
template <class T, class C = void> class queue;
template <class T, class C = void, class L = void> class priority_queue;
template <class T, class C = void> class stack;
template <class A, class B> struct pair;
template <class... T> class tuple;
template <class T> class optional;
template <class... T> class variant;
template <class F> class function;
template <class T> class reference_wrapper;
template <class T, class D = default_delete<T>> class unique_ptr;
template <class T> class shared_ptr;
template <class T> class weak_ptr;
template <class T> class enable_shared_from_this;
template <class M> class lock_guard;
template <class M> class unique_lock;
template <class M> class shared_lock;
template <class... M> class scoped_lock;
template <class T> struct atomic;
template <class T> class future;
template <class T> class shared_future;
template <class T> class promise;
template <class F> class packaged_task;
template <class T> struct hash;
template <class T = void> struct less;
template <class T = void> struct greater;
template <class T = void> struct equal_to;
template <class T> class numeric_limits;
template <class T> struct remove_reference;
template <class T> struct decay;
template <class A, class B> struct is_same;
template <bool B, class T = void> struct enable_if;
template <bool B, class T, class F> struct conditional;
template <class T, class... A> unique_ptr<T> make_unique(A &&...args);
template <class T, class... A> shared_ptr<T> make_shared(A &&...args);
template <class T, class L, class... A> shared_ptr<T> allocate_shared(const L &alloc, A &&...args);
template <class T, class U> shared_ptr<T> static_pointer_cast(const shared_ptr<U> &p);
template <class T, class U> shared_ptr<T> dynamic_pointer_cast(const shared_ptr<U> &p);
template <class T, class U> shared_ptr<T> const_pointer_cast(const shared_ptr<U> &p);
template <class T, class U> shared_ptr<T> reinterpret_pointer_cast(const shared_ptr<U> &p);
template <class T> T &&forward(T &t);
template <class T> T &&move(T &&t);
template <class T> T &&declval();
template <class T, class V> T &get(V &v);
template <class T, class V> T *get_if(V *v);
template <class T, class V> bool holds_alternative(const V &v);
template <class T> const T &min(const T &a, const T &b);
template <class T> const T &max(const T &a, const T &b);
template <class A, class B> pair<A, B> make_pair(A &&a, B &&b);
template <class... T> tuple<T...> make_tuple(T &&...t);
template <class T, class F> T bit_cast(const F &from);
namespace chrono {
template <class R, class P = void> class duration;
template <class C, class D = void> class time_point;
template <class To, class R, class P> To duration_cast(const duration<R, P> &d);
template <class To, class C, class D> time_point<C, To> time_point_cast(const time_point<C, D> &t);
}
}
