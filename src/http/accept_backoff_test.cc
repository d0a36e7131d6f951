#include "http/accept_backoff.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <vector>

namespace platewise::http {
namespace {

using std::chrono::milliseconds;

TEST(AcceptBackoff, WaitsDoublingFrom50MsUpTo1s) {
  AcceptBackoff backoff;
  std::vector<milliseconds> waits;
  for (int i = 0; i < 8; ++i) waits.push_back(backoff.Failed(EMFILE, "Too many open files", 64).wait);
  EXPECT_EQ(waits,
            (std::vector<milliseconds>{milliseconds(50), milliseconds(100), milliseconds(200), milliseconds(400),
                                       milliseconds(800), milliseconds(1000), milliseconds(1000), milliseconds(1000)}));
}

TEST(AcceptBackoff, LogsOncePerRunOfFailuresAndOnceWhenItEnds) {
  AcceptBackoff backoff;
  EXPECT_EQ(backoff.Succeeded(), std::nullopt);  // nothing to say while all is well
  auto first = backoff.Failed(EMFILE, "Too many open files", 64);
  EXPECT_EQ(first.log, "platewise: out of file descriptors (limit 64): not accepting new connections until one closes");
  for (int i = 0; i < 20; ++i) EXPECT_EQ(backoff.Failed(EMFILE, "Too many open files", 64).log, std::nullopt);
  EXPECT_TRUE(backoff.failing());
  EXPECT_EQ(backoff.Succeeded(), "platewise: accepting new connections again");
  EXPECT_FALSE(backoff.failing());
  EXPECT_EQ(backoff.Succeeded(), std::nullopt);
  // A new run starts over: logged again, and the wait is back to 50 ms.
  auto again = backoff.Failed(ENFILE, "Too many open files in system", 1024);
  EXPECT_EQ(again.wait, milliseconds(50));
  EXPECT_EQ(again.log,
            "platewise: out of file descriptors (limit 1024): not accepting new connections until one closes");
}

TEST(AcceptBackoff, OtherErrorsBackOffTooAndNameTheError) {
  AcceptBackoff nobufs;
  EXPECT_EQ(nobufs.Failed(ENOBUFS, "No buffer space available", 64).log,
            "platewise: out of memory for connections (No buffer space available): not accepting new connections "
            "until one closes");
  AcceptBackoff other;
  auto retry = other.Failed(EPERM, "Operation not permitted", 64);
  EXPECT_EQ(retry.wait, milliseconds(50));
  EXPECT_EQ(retry.log, "platewise: cannot accept connections (Operation not permitted): trying again");
}

}  // namespace
}  // namespace platewise::http
