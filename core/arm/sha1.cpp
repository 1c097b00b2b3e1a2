// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/arm/sha1.h"

#include <string>

namespace compliance {

namespace {

std::uint32_t rotateLeft(std::uint32_t value, int bits)
{
    return (value << bits) | (value >> (32 - bits));
}

void processBlock(const unsigned char *block, std::array<std::uint32_t, 5> &state)
{
    std::array<std::uint32_t, 80> words {};
    for (int i = 0; i < 16; ++i) {
        words[i] = (std::uint32_t(block[4 * i]) << 24) | (std::uint32_t(block[4 * i + 1]) << 16)
            | (std::uint32_t(block[4 * i + 2]) << 8) | std::uint32_t(block[4 * i + 3]);
    }
    for (int i = 16; i < 80; ++i)
        words[i] = rotateLeft(words[i - 3] ^ words[i - 8] ^ words[i - 14] ^ words[i - 16], 1);

    std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
    for (int i = 0; i < 80; ++i) {
        std::uint32_t f = 0;
        std::uint32_t k = 0;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5A827999u;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ED9EBA1u;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8F1BBCDCu;
        } else {
            f = b ^ c ^ d;
            k = 0xCA62C1D6u;
        }
        const std::uint32_t next = rotateLeft(a, 5) + f + e + k + words[i];
        e = d;
        d = c;
        c = rotateLeft(b, 30);
        b = a;
        a = next;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
}

} // namespace

std::array<std::uint8_t, 20> sha1(std::string_view bytes)
{
    std::array<std::uint32_t, 5> state { 0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u,
                                         0xC3D2E1F0u };
    const std::size_t fullBlocks = bytes.size() / 64;
    for (std::size_t i = 0; i < fullBlocks; ++i)
        processBlock(reinterpret_cast<const unsigned char *>(bytes.data()) + 64 * i, state);

    // The tail, a 0x80 byte, zero padding and the message length in bits, big-endian.
    std::string tail(bytes.substr(64 * fullBlocks));
    tail += static_cast<char>(0x80);
    while (tail.size() % 64 != 56)
        tail += '\0';
    const std::uint64_t bitLength = static_cast<std::uint64_t>(bytes.size()) * 8;
    for (int shift = 56; shift >= 0; shift -= 8)
        tail += static_cast<char>((bitLength >> shift) & 0xFF);
    for (std::size_t offset = 0; offset < tail.size(); offset += 64)
        processBlock(reinterpret_cast<const unsigned char *>(tail.data()) + offset, state);

    std::array<std::uint8_t, 20> digest {};
    for (int i = 0; i < 5; ++i) {
        for (int j = 0; j < 4; ++j)
            digest[4 * i + j] = static_cast<std::uint8_t>(state[i] >> (24 - 8 * j));
    }
    return digest;
}

} // namespace compliance
