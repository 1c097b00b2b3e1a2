// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>

namespace compliance {

/// A thread pool that runs the tasks 0 … count-1 and delivers their results in index order.
///
/// Workers claim tasks in index order and run them in parallel. The calling thread delivers
/// task i only after tasks 0 … i-1 were delivered, so the delivery order is deterministic.
/// Workers run at most `window` tasks ahead of delivery, which bounds the results held in
/// memory when one task is slow (the reorder buffer).
class OrderedTaskRunner
{
public:
    /// Sizes the pool. With 0 threads it has one per hardware thread
    /// (std::thread::hardware_concurrency, at least 1), and a 0 window means 16 per thread.
    explicit OrderedTaskRunner(unsigned threads = 0, std::size_t window = 0);

    unsigned threadCount() const { return m_threads; }
    std::size_t window() const { return m_window; }

    /// Runs `task(i)` on the workers and then `deliver(i)` on the calling thread, for every i
    /// below `count`, and returns the number of tasks delivered. `task(i)` must store its result
    /// where `deliver(i)` finds it. Tasks of different indices run concurrently, so they must not
    /// share unguarded state.
    ///
    /// When `cancel` becomes true, no further task starts, delivery stops, and run() returns
    /// after the tasks already running complete. An exception thrown by `task(i)` is rethrown
    /// here when delivery reaches i, after the workers stopped.
    std::size_t run(std::size_t count, const std::function<void(std::size_t)> &task,
                    const std::function<void(std::size_t)> &deliver,
                    const std::atomic_bool *cancel = nullptr) const;

private:
    unsigned m_threads;
    std::size_t m_window;
};

} // namespace compliance
