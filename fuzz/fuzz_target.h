#ifndef PLATEWISE_FUZZ_FUZZ_TARGET_H_
#define PLATEWISE_FUZZ_FUZZ_TARGET_H_

// Every fuzz target in fuzz/ defines LLVMFuzzerTestOneInput: libFuzzer calls
// it in the fuzzing build (`make fuzz`, clang), replay_main.cc calls it on
// each file of the target's corpus in the normal build (CTest, label fuzz).
// A target's contract: any input either is refused with a Status or is
// handled; it never crashes, hangs, leaks or reaches undefined behaviour.
// Internal invariants a target checks abort through FUZZ_CHECK.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

#define FUZZ_CHECK(condition, what)                                              \
  do {                                                                           \
    if (!(condition)) {                                                          \
      std::fprintf(stderr, "fuzz check failed at %s:%d: %s\n", __FILE__, __LINE__, what); \
      std::abort();                                                              \
    }                                                                            \
  } while (0)

#endif  // PLATEWISE_FUZZ_FUZZ_TARGET_H_
