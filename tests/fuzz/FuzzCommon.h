#pragma once

// Shared by every fuzz target: a QCoreApplication (translations, codecs) created once, and the
// entry points both libFuzzer and the CTest replay runner (FuzzReplayMain.cpp) call.
#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

namespace gkml::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "gkml-fuzz";
    static char *argv[] = { name, nullptr };
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives until the process ends
}

} // namespace gkml::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
