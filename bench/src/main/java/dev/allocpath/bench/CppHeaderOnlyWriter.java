package dev.allocpath.bench;

import java.util.List;

/**
 * A header-only C++ utility library in the style of libdatachannel's {@code common.hpp} family:
 * a {@code synchronized_callback} template holding a {@code std::recursive_mutex}, a blocking
 * queue, a thread pool, byte helpers and a logger. Every C++ unit that requires it includes all of
 * it, which is what makes C++ units expensive to parse.
 */
final class CppHeaderOnlyWriter {
  private final ComponentPlan plan;
  private final TreeWriter tree;
  private final String ns;
  private final String inc;

  CppHeaderOnlyWriter(ComponentPlan plan, TreeWriter tree) {
    this.plan = plan;
    this.tree = tree;
    this.ns = plan.name();
    this.inc = "components/" + ns + "/include/" + ns + "/";
  }

  void write() {
    tree.write(inc + "common.hpp", common());
    tree.write(inc + "bytes.hpp", bytes());
    tree.write(inc + "utils.hpp", utils());
    tree.write(inc + "synchronized_callback.hpp", callbacks());
    tree.write(inc + "queue.hpp", queue());
    tree.write(inc + "threadpool.hpp", threadPool());
    tree.write(inc + "log.hpp", log());
    CppTypesWriter types = new CppTypesWriter(new Dice(plan.seed()));
    tree.write(inc + "description.hpp", types.header(ns, ns + ": session description model.", List.of(ns + "/bytes.hpp"), 14));
    tree.write(inc + "configuration.hpp", types.header(ns, ns + ": configuration records.", List.of(), 6));
    tree.write("components/" + ns + "/CMakeLists.txt", CMakeListsWriter.headerOnly(plan));
  }

  private String common() {
    return """
        // %1$s: everything a C++ component needs, in one include.
        #pragma once

        #include <algorithm>
        #include <atomic>
        #include <chrono>
        #include <cstddef>
        #include <cstdint>
        #include <functional>
        #include <map>
        #include <memory>
        #include <optional>
        #include <string>
        #include <unordered_map>
        #include <vector>

        #include "%1$s/bytes.hpp"
        #include "%1$s/configuration.hpp"
        #include "%1$s/description.hpp"
        #include "%1$s/log.hpp"
        #include "%1$s/queue.hpp"
        #include "%1$s/synchronized_callback.hpp"
        #include "%1$s/threadpool.hpp"
        #include "%1$s/utils.hpp"

        namespace %1$s {

        using std::shared_ptr;
        using std::unique_ptr;
        using std::weak_ptr;

        constexpr size_t DEFAULT_MTU = 1280;
        constexpr size_t DEFAULT_MAX_MESSAGE_SIZE = 65536;
        constexpr uint16_t DEFAULT_PORT = 5000;

        std::string version();

        } // namespace %1$s
        """.formatted(ns);
  }

  private String bytes() {
    return """
        // %1$s: byte buffers.
        #pragma once

        #include <cstddef>
        #include <cstdint>
        #include <string>
        #include <vector>
        #include <memory>

        namespace %1$s {

        using byte = std::byte;
        using binary = std::vector<byte>;
        using binary_ptr = std::shared_ptr<binary>;

        inline binary to_binary(const std::string &text) {
            binary out(text.size());
            for (size_t i = 0; i < text.size(); ++i)
                out[i] = static_cast<byte>(text[i]);
            return out;
        }

        inline std::string to_string(const binary &data) {
            std::string out;
            out.reserve(data.size());
            for (auto b : data)
                out.push_back(static_cast<char>(std::to_integer<uint8_t>(b)));
            return out;
        }

        inline std::string to_hex(const binary &data, size_t limit = 64) {
            static const char digits[] = "0123456789abcdef";
            std::string out;
            size_t count = std::min(limit, data.size());
            out.reserve(count * 2);
            for (size_t i = 0; i < count; ++i) {
                uint8_t v = std::to_integer<uint8_t>(data[i]);
                out.push_back(digits[v >> 4]);
                out.push_back(digits[v & 0x0F]);
            }
            return out;
        }

        inline uint32_t read_be32(const binary &data, size_t offset) {
            uint32_t v = 0;
            for (size_t i = 0; i < 4 && offset + i < data.size(); ++i)
                v = (v << 8) | std::to_integer<uint32_t>(data[offset + i]);
            return v;
        }

        inline void append_be32(binary &data, uint32_t v) {
            for (int shift = 24; shift >= 0; shift -= 8)
                data.push_back(static_cast<byte>((v >> shift) & 0xFF));
        }

        } // namespace %1$s
        """.formatted(ns);
  }

  private String utils() {
    return """
        // %1$s: small functional helpers.
        #pragma once

        #include <functional>
        #include <memory>
        #include <string>
        #include <utility>
        #include <vector>

        namespace %1$s {

        // Visitor built from lambdas, for std::visit over message variants.
        template <class... Ts> struct overloaded : Ts... { using Ts::operator()...; };
        template <class... Ts> overloaded(Ts...) -> overloaded<Ts...>;

        // Binds a member function to a weak pointer: the call is dropped once the object is gone.
        template <typename F, typename T, typename... Args>
        auto weak_bind(F &&f, T *t, Args &&...args) {
            return [bound = std::bind(f, t, args...), weak_this = t->weak_from_this()](auto &&...result) {
                if (auto shared_this = weak_this.lock())
                    return bound(result...);
                return static_cast<decltype(bound(result...))>(false);
            };
        }

        // Runs a function when the scope ends unless dismissed.
        class scope_guard final {
        public:
            explicit scope_guard(std::function<void()> func) : mFunc(std::move(func)) {}
            scope_guard(const scope_guard &) = delete;
            scope_guard &operator=(const scope_guard &) = delete;
            ~scope_guard() {
                if (mFunc)
                    mFunc();
            }
            void dismiss() { mFunc = nullptr; }

        private:
            std::function<void()> mFunc;
        };

        inline std::vector<std::string> split(const std::string &text, char sep) {
            std::vector<std::string> parts;
            std::string::size_type start = 0;
            while (true) {
                auto pos = text.find(sep, start);
                parts.push_back(text.substr(start, pos - start));
                if (pos == std::string::npos)
                    break;
                start = pos + 1;
            }
            return parts;
        }

        inline std::string trim(const std::string &text) {
            auto begin = text.find_first_not_of(" \\t\\r\\n");
            if (begin == std::string::npos)
                return {};
            auto end = text.find_last_not_of(" \\t\\r\\n");
            return text.substr(begin, end - begin + 1);
        }

        template <typename Map, typename Key>
        auto find_or(const Map &map, const Key &key, typename Map::mapped_type fallback) {
            auto it = map.find(key);
            return it != map.end() ? it->second : fallback;
        }

        } // namespace %1$s
        """.formatted(ns);
  }

  private String callbacks() {
    return """
        // %1$s: callbacks that may be replaced while another thread calls them.
        #pragma once

        #include <functional>
        #include <mutex>
        #include <optional>
        #include <tuple>
        #include <utility>

        namespace %1$s {

        // Holds a std::function behind a recursive mutex so that a callback can reset itself.
        template <typename... Args> class synchronized_callback {
        public:
            synchronized_callback() = default;
            synchronized_callback(synchronized_callback &&other) { *this = std::move(other); }
            synchronized_callback(const synchronized_callback &other) { *this = other; }
            synchronized_callback(std::function<void(Args...)> func) { *this = std::move(func); }
            virtual ~synchronized_callback() { *this = nullptr; }

            synchronized_callback &operator=(synchronized_callback &&other) {
                std::scoped_lock lock(mutex, other.mutex);
                set(std::exchange(other.callback, nullptr));
                return *this;
            }

            synchronized_callback &operator=(const synchronized_callback &other) {
                std::scoped_lock lock(mutex, other.mutex);
                set(other.callback);
                return *this;
            }

            synchronized_callback &operator=(std::function<void(Args...)> func) {
                std::lock_guard<std::recursive_mutex> lock(mutex);
                set(std::move(func));
                return *this;
            }

            bool operator()(Args... args) const {
                std::lock_guard<std::recursive_mutex> lock(mutex);
                return call(std::move(args)...);
            }

            operator bool() const {
                std::lock_guard<std::recursive_mutex> lock(mutex);
                return callback ? true : false;
            }

        protected:
            virtual void set(std::function<void(Args...)> func) { callback = std::move(func); }
            virtual bool call(Args... args) const {
                if (!callback)
                    return false;
                callback(std::move(args)...);
                return true;
            }

            std::function<void(Args...)> callback;
            mutable std::recursive_mutex mutex;
        };

        // Remembers the last call made while no callback was set and replays it on set().
        template <typename... Args>
        class synchronized_stored_callback final : public synchronized_callback<Args...> {
        public:
            synchronized_stored_callback() = default;
            synchronized_stored_callback(std::function<void(Args...)> func) { *this = std::move(func); }
            ~synchronized_stored_callback() {}

            synchronized_stored_callback &operator=(std::function<void(Args...)> func) {
                synchronized_callback<Args...>::operator=(std::move(func));
                return *this;
            }

        private:
            void set(std::function<void(Args...)> func) override {
                synchronized_callback<Args...>::set(func);
                if (func && stored) {
                    std::apply(func, std::move(*stored));
                    stored.reset();
                }
            }

            bool call(Args... args) const override {
                if (!synchronized_callback<Args...>::call(args...))
                    stored.emplace(std::move(args)...);
                return true;
            }

            mutable std::optional<std::tuple<Args...>> stored;
        };

        } // namespace %1$s
        """.formatted(ns);
  }

  private String queue() {
    return """
        // %1$s: bounded blocking queue.
        #pragma once

        #include <chrono>
        #include <condition_variable>
        #include <deque>
        #include <functional>
        #include <mutex>
        #include <optional>

        namespace %1$s {

        template <typename T> class Queue {
        public:
            using amount_function = std::function<size_t(const T &element)>;

            explicit Queue(size_t limit = 0, amount_function func = nullptr)
                : mLimit(limit), mAmountFunction(func ? func : [](const T &) { return size_t(1); }) {}
            ~Queue() { stop(); }

            void stop() {
                std::lock_guard<std::mutex> lock(mMutex);
                mStopping = true;
                mPopCondition.notify_all();
                mPushCondition.notify_all();
            }

            bool running() const {
                std::lock_guard<std::mutex> lock(mMutex);
                return !mQueue.empty() || !mStopping;
            }

            bool empty() const {
                std::lock_guard<std::mutex> lock(mMutex);
                return mQueue.empty();
            }

            size_t size() const {
                std::lock_guard<std::mutex> lock(mMutex);
                return mQueue.size();
            }

            size_t amount() const {
                std::lock_guard<std::mutex> lock(mMutex);
                return mAmount;
            }

            void push(T element) {
                std::unique_lock<std::mutex> lock(mMutex);
                mPushCondition.wait(lock, [this]() { return !mLimit || mQueue.size() < mLimit || mStopping; });
                if (mStopping)
                    return;
                mAmount += mAmountFunction(element);
                mQueue.emplace_back(std::move(element));
                mPopCondition.notify_one();
            }

            std::optional<T> pop() {
                std::unique_lock<std::mutex> lock(mMutex);
                mPopCondition.wait(lock, [this]() { return !mQueue.empty() || mStopping; });
                return popImpl();
            }

            std::optional<T> tryPop() {
                std::lock_guard<std::mutex> lock(mMutex);
                return popImpl();
            }

            template <class Rep, class Period>
            std::optional<T> popFor(const std::chrono::duration<Rep, Period> &timeout) {
                std::unique_lock<std::mutex> lock(mMutex);
                if (!mPopCondition.wait_for(lock, timeout, [this]() { return !mQueue.empty() || mStopping; }))
                    return std::nullopt;
                return popImpl();
            }

        private:
            std::optional<T> popImpl() {
                if (mQueue.empty())
                    return std::nullopt;
                mAmount -= mAmountFunction(mQueue.front());
                std::optional<T> element{std::move(mQueue.front())};
                mQueue.pop_front();
                mPushCondition.notify_one();
                return element;
            }

            const size_t mLimit;
            size_t mAmount = 0;
            std::deque<T> mQueue;
            std::condition_variable mPopCondition, mPushCondition;
            amount_function mAmountFunction;
            bool mStopping = false;
            mutable std::mutex mMutex;
        };

        } // namespace %1$s
        """.formatted(ns);
  }

  private String threadPool() {
    return """
        // %1$s: a process-wide pool of worker threads.
        #pragma once

        #include <chrono>
        #include <condition_variable>
        #include <deque>
        #include <functional>
        #include <future>
        #include <memory>
        #include <mutex>
        #include <queue>
        #include <thread>
        #include <vector>

        namespace %1$s {

        template <class F, class... Args>
        using invoke_future_t = std::future<std::invoke_result_t<std::decay_t<F>, std::decay_t<Args>...>>;

        class ThreadPool final {
        public:
            using clock = std::chrono::steady_clock;

            static ThreadPool &Instance();

            ThreadPool(const ThreadPool &) = delete;
            ThreadPool &operator=(const ThreadPool &) = delete;

            int count() const;
            void spawn(int count = 1);
            void join();
            void clear();
            void run();
            bool runOne();

            template <class F, class... Args>
            auto enqueue(F &&f, Args &&...args) noexcept -> invoke_future_t<F, Args...> {
                return schedule(clock::now(), std::forward<F>(f), std::forward<Args>(args)...);
            }

            template <class F, class... Args>
            auto schedule(clock::duration delay, F &&f, Args &&...args) noexcept -> invoke_future_t<F, Args...> {
                return schedule(clock::now() + delay, std::forward<F>(f), std::forward<Args>(args)...);
            }

            template <class F, class... Args>
            auto schedule(clock::time_point time, F &&f, Args &&...args) noexcept -> invoke_future_t<F, Args...> {
                std::unique_lock lock(mTasksMutex);
                using R = std::invoke_result_t<std::decay_t<F>, std::decay_t<Args>...>;
                auto bound = std::bind(std::forward<F>(f), std::forward<Args>(args)...);
                auto task = std::make_shared<std::packaged_task<R()>>([bound = std::move(bound)]() mutable {
                    return bound();
                });
                std::future<R> result = task->get_future();
                mTasks.push({time, [task = std::move(task)]() { return (*task)(); }});
                mTasksCondition.notify_one();
                return result;
            }

        private:
            ThreadPool() = default;
            ~ThreadPool();

            std::function<void()> dequeue();

            struct Task {
                clock::time_point time;
                std::function<void()> func;
                bool operator>(const Task &other) const { return time > other.time; }
                bool operator<(const Task &other) const { return time < other.time; }
            };

            std::vector<std::thread> mWorkers;
            std::atomic<int> mBusyWorkers = 0;
            std::atomic<bool> mJoining = false;
            std::priority_queue<Task, std::deque<Task>, std::greater<Task>> mTasks;
            mutable std::mutex mTasksMutex, mWorkersMutex;
            std::condition_variable mTasksCondition, mWaitingCondition;
        };

        } // namespace %1$s
        """.formatted(ns);
  }

  private String log() {
    return """
        // %1$s: minimal levelled logger writing to the ESP-IDF console.
        #pragma once

        #include <mutex>
        #include <sstream>
        #include <string>

        namespace %1$s {

        enum class LogLevel { None = 0, Fatal, Error, Warning, Info, Debug, Verbose };

        class Logger final {
        public:
            static Logger &instance();
            void setLevel(LogLevel level) { mLevel = level; }
            bool enabled(LogLevel level) const { return level <= mLevel; }
            void write(LogLevel level, const char *file, int line, const std::string &message);

        private:
            LogLevel mLevel = LogLevel::Info;
            std::mutex mMutex;
        };

        class LogLine final {
        public:
            LogLine(LogLevel level, const char *file, int line) : mLevel(level), mFile(file), mLine(line) {}
            ~LogLine() { Logger::instance().write(mLevel, mFile, mLine, mStream.str()); }
            template <typename T> LogLine &operator<<(const T &value) {
                mStream << value;
                return *this;
            }

        private:
            LogLevel mLevel;
            const char *mFile;
            int mLine;
            std::ostringstream mStream;
        };

        } // namespace %1$s

        #define %2$s_LOG(level) \\
            if (!::%1$s::Logger::instance().enabled(level)) ; \\
            else ::%1$s::LogLine(level, __FILE__, __LINE__)
        #define %2$s_LOG_ERROR %2$s_LOG(::%1$s::LogLevel::Error)
        #define %2$s_LOG_WARNING %2$s_LOG(::%1$s::LogLevel::Warning)
        #define %2$s_LOG_INFO %2$s_LOG(::%1$s::LogLevel::Info)
        #define %2$s_LOG_DEBUG %2$s_LOG(::%1$s::LogLevel::Debug)
        #define %2$s_LOG_VERBOSE %2$s_LOG(::%1$s::LogLevel::Verbose)
        """.formatted(ns, plan.macroPrefix());
  }
}
