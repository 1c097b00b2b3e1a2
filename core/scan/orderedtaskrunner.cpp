// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/scan/orderedtaskrunner.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace compliance {

namespace {

// How often the delivering thread looks at the cancel flag while it waits for a result. The
// flag is a plain atomic without a notification, so the wait polls it.
constexpr std::chrono::milliseconds kCancelPollInterval(2);

enum class TaskState : unsigned char { Pending, Done, Failed };

struct SharedState
{
    std::mutex mutex;
    std::condition_variable taskClaimable; // workers wait for the window to move
    std::condition_variable taskFinished; // the delivering thread waits for its next index
    std::vector<TaskState> states;
    std::vector<std::exception_ptr> exceptions;
    std::size_t nextTask = 0;
    std::size_t delivered = 0;
    bool stop = false;
};

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

OrderedTaskRunner::OrderedTaskRunner(unsigned threads, std::size_t window)
    : m_threads(threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency()))
    , m_window(window != 0 ? window : 16 * static_cast<std::size_t>(m_threads))
{ }

std::size_t OrderedTaskRunner::run(std::size_t count, const std::function<void(std::size_t)> &task,
                                   const std::function<void(std::size_t)> &deliver,
                                   const std::atomic_bool *cancel) const
{
    if (count == 0)
        return 0;

    SharedState state;
    state.states.assign(count, TaskState::Pending);
    state.exceptions.resize(count);

    const auto workerLoop = [&]() {
        for (;;) {
            std::size_t index = 0;
            {
                std::unique_lock lock(state.mutex);
                state.taskClaimable.wait(lock, [&] {
                    return state.stop || state.nextTask >= count
                        || state.nextTask < state.delivered + m_window;
                });
                if (state.stop || state.nextTask >= count)
                    return;
                index = state.nextTask++;
            }
            TaskState outcome = TaskState::Done;
            std::exception_ptr exception;
            if (!isCancelled(cancel)) {
                try {
                    task(index);
                } catch (...) {
                    outcome = TaskState::Failed;
                    exception = std::current_exception();
                }
            }
            {
                std::lock_guard lock(state.mutex);
                state.states[index] = outcome;
                state.exceptions[index] = std::move(exception);
            }
            state.taskFinished.notify_one();
        }
    };

    const unsigned workerCount = static_cast<unsigned>(std::min<std::size_t>(m_threads, count));
    std::vector<std::thread> workers;
    workers.reserve(workerCount);
    const auto stopWorkers = [&]() {
        {
            std::lock_guard lock(state.mutex);
            state.stop = true;
        }
        state.taskClaimable.notify_all();
        for (std::thread &worker : workers)
            worker.join();
        workers.clear();
    };

    try {
        for (unsigned i = 0; i < workerCount; ++i)
            workers.emplace_back(workerLoop);
    } catch (...) {
        stopWorkers();
        throw;
    }

    std::size_t delivered = 0;
    for (; delivered < count; ++delivered) {
        TaskState outcome = TaskState::Pending;
        {
            std::unique_lock lock(state.mutex);
            while (state.states[delivered] == TaskState::Pending && !isCancelled(cancel))
                state.taskFinished.wait_for(lock, kCancelPollInterval);
            outcome = state.states[delivered];
        }
        if (isCancelled(cancel))
            break;
        if (outcome == TaskState::Failed) {
            std::exception_ptr exception = state.exceptions[delivered];
            stopWorkers();
            std::rethrow_exception(exception);
        }
        try {
            deliver(delivered);
        } catch (...) {
            stopWorkers();
            throw;
        }
        {
            std::lock_guard lock(state.mutex);
            state.delivered = delivered + 1;
        }
        state.taskClaimable.notify_one();
    }
    stopWorkers();
    return delivered;
}

} // namespace compliance
