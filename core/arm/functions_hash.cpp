// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Hash functions: uniqueString and guid.

#include "core/arm/functionregistry.h"
#include "core/arm/sha1.h"

#include <algorithm>
#include <array>

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

// Computes ARM's guid(): a name-based (version 5, SHA-1) UUID per RFC 4122 section 4.3, which
// Azure's function reference names. The namespace and the '-' join follow public ARM tooling.
// NOTE: the test values come from an independent implementation, not from Azure output.
Value guid(FunctionCall &call, const std::vector<Value> &arguments)
{
    std::string joined;
    Value error;
    if (!joinStrings(call, arguments, joined, error))
        return error;
    constexpr std::array<std::uint8_t, 16> armNamespace { 0x11, 0xfb, 0x06, 0xfb, 0x71, 0x2d,
                                                          0x4d, 0xdd, 0x98, 0xc7, 0xe7, 0x1b,
                                                          0xbd, 0x58, 0x88, 0x30 };
    std::string name(armNamespace.begin(), armNamespace.end());
    name += joined;
    std::array<std::uint8_t, 20> digest = sha1(name);
    digest[6] = static_cast<std::uint8_t>((digest[6] & 0x0F) | 0x50); // version 5
    digest[8] = static_cast<std::uint8_t>((digest[8] & 0x3F) | 0x80); // RFC 4122 variant

    constexpr std::string_view hexDigits = "0123456789abcdef";
    std::string result;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            result += '-';
        result += hexDigits[digest[i] >> 4];
        result += hexDigits[digest[i] & 0x0F];
    }
    return Value::string(std::move(result));
}

} // namespace

void registerHashFunctions(FunctionRegistry &registry)
{
    registry.addEager("uniqueString", uniqueString, 1);
    registry.addEager("guid", guid, 1);
}

} // namespace compliance
