// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Hash functions: uniqueString and guid.

#include "core/arm/functionregistry.h"

#include <algorithm>

namespace compliance {

namespace {

std::uint32_t rotateLeft(std::uint32_t value, int bits)
{
    return (value << bits) | (value >> (32 - bits));
}

std::uint32_t readLittleEndian(std::string_view bytes, std::size_t offset, std::size_t count)
{
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < count; ++i)
        value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[offset + i]))
            << (8 * i);
    return value;
}

std::uint32_t finalMix(std::uint32_t value)
{
    value = (value ^ (value >> 16)) * 0x85EBCA6Bu;
    value = (value ^ (value >> 13)) * 0xC2B2AE35u;
    return value ^ (value >> 16);
}

// The 64-bit MurmurHash variant behind ARM's uniqueString(): two 32-bit lanes over 8-byte
// blocks of the UTF-8 input, with seed 0. It matches the outputs that public ARM tooling reports
// from Azure deployments, such as uniqueString('aaa') = 'zavj67f3en4hc'.
std::uint64_t murmurHash64(std::string_view bytes)
{
    constexpr std::uint32_t c1 = 0x239B961Bu;
    constexpr std::uint32_t c2 = 0xAB0E9789u;
    const auto length = static_cast<std::uint32_t>(bytes.size());
    std::uint32_t h1 = 0;
    std::uint32_t h2 = 0;
    std::size_t offset = 0;
    for (; offset + 8 <= bytes.size(); offset += 8) {
        const std::uint32_t k1 = rotateLeft(readLittleEndian(bytes, offset, 4) * c1, 15) * c2;
        const std::uint32_t k2 = rotateLeft(readLittleEndian(bytes, offset + 4, 4) * c2, 17) * c1;
        h1 = rotateLeft(h1 ^ k1, 19) + h2;
        h1 = h1 * 5 + 0x561CCD1Bu;
        h2 = rotateLeft(h2 ^ k2, 13) + h1;
        h2 = h2 * 5 + 0x0BCAA747u;
    }
    const std::size_t remaining = bytes.size() - offset;
    if (remaining > 0) {
        const std::uint32_t k1
            = readLittleEndian(bytes, offset, std::min<std::size_t>(remaining, 4));
        h1 ^= rotateLeft(k1 * c1, 15) * c2;
        if (remaining > 4) {
            const std::uint32_t k2 = readLittleEndian(bytes, offset + 4, remaining - 4);
            h2 ^= rotateLeft(k2 * c2, 17) * c1;
        }
    }
    h2 ^= length;
    h1 = (h1 ^ length) + h2;
    h2 += h1;
    h1 = finalMix(h1);
    h2 = finalMix(h2);
    h1 += h2;
    h2 += h1;
    return (static_cast<std::uint64_t>(h2) << 32) | h1;
}

// Joins the arguments with '-', as ARM does before hashing them.
bool joinStrings(FunctionCall &call, const std::vector<Value> &arguments, std::string &joined,
                 Value &error)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (!arguments[i].isString()) {
            error = call.wrongType(i, "a string", arguments[i]);
            return false;
        }
        if (i > 0)
            joined += '-';
        joined += arguments[i].asString();
    }
    return true;
}

Value uniqueString(FunctionCall &call, const std::vector<Value> &arguments)
{
    std::string joined;
    Value error;
    if (!joinStrings(call, arguments, joined, error))
        return error;
    // 13 base32 characters take the hash's 65 high bits, the last one padded with a zero bit.
    constexpr std::string_view alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    std::uint64_t hash = murmurHash64(joined);
    std::string result;
    for (int i = 0; i < 13; ++i) {
        result += alphabet[static_cast<std::size_t>(hash >> 59)];
        hash <<= 5;
    }
    return Value::string(std::move(result));
}

Value guid(FunctionCall &call, const std::vector<Value> &arguments)
{
    std::string joined;
    Value error;
    if (!joinStrings(call, arguments, joined, error))
        return error;
    // TODO: public tools describe guid() as a version-5 UUID of the '-'-joined arguments in the
    // namespace 11fb06fb-712d-4ddd-98c7-e71bbd588830, but no output that Azure itself returned
    // was found to check that against, so the value stays Unknown rather than guessed.
    return call.unknown("guid(...) is not evaluated offline");
}

} // namespace

void registerHashFunctions(FunctionRegistry &registry)
{
    registry.addEager("uniqueString", uniqueString, 1);
    registry.addEager("guid", guid, 1);
}

} // namespace compliance
