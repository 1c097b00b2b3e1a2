// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace compliance {

/// A value or an error message, for core calls that can fail (C++20 has no std::expected).
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }

    static Result failure(std::string message)
    {
        Result result;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }

    const std::string &error() const { return m_error; }

private:
    Result() = default;

    std::optional<T> m_value;
    std::string m_error;
};

/// Success or an error message, for calls that produce nothing else.
class Status
{
public:
    Status() = default;
    static Status failure(std::string message) { return Status(std::move(message)); }

    bool ok() const { return m_error.empty(); }
    explicit operator bool() const { return ok(); }
    const std::string &error() const { return m_error; }

private:
    explicit Status(std::string message)
        : m_error(std::move(message))
    {
    }

    std::string m_error;
};

} // namespace compliance
