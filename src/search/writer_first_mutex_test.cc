#include "search/writer_first_mutex.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <shared_mutex>
#include <thread>

namespace platewise::search {
namespace {

// The defect: with std::shared_mutex (glibc prefers readers) a new reader
// got in while a writer waited, so back-to-back searches kept an Upsert out.
// Here a reader holds the lock and a writer queues behind it; from then on a
// new reader must be refused until the writer has had its turn. The loop
// ends as soon as a new reader is refused; a reader-first lock never refuses
// one, and the test fails at the bound instead of hanging.
TEST(WriterFirstSharedMutexTest, AWaitingWriterGoesBeforeReadersThatComeAfterIt) {
  WriterFirstSharedMutex m;
  m.lock_shared();  // a search under way
  std::atomic<bool> wrote{false};
  std::thread writer([&] {
    std::unique_lock lock(m);
    wrote = true;
  });
  bool refused = false;
  const auto bound = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (!refused && std::chrono::steady_clock::now() < bound) {
    if (m.try_lock_shared()) {
      m.unlock_shared();  // the writer was not queued yet
      std::this_thread::yield();
    } else {
      refused = true;
    }
  }
  EXPECT_TRUE(refused) << "a new reader got in while a writer waited";
  EXPECT_FALSE(wrote) << "the writer went in while a reader held the lock";
  m.unlock_shared();
  writer.join();
  EXPECT_TRUE(wrote);
  // And the lock is free again for readers and writers.
  { std::shared_lock a(m); std::shared_lock b(m); }
  { std::unique_lock c(m); }
}

TEST(WriterFirstSharedMutexTest, ReadersShareAndAWriterExcludesThem) {
  WriterFirstSharedMutex m;
  ASSERT_TRUE(m.try_lock_shared());
  ASSERT_TRUE(m.try_lock_shared());  // two readers at once (no writer waits)
  EXPECT_FALSE(m.try_lock());
  m.unlock_shared();
  m.unlock_shared();
  ASSERT_TRUE(m.try_lock());
  EXPECT_FALSE(m.try_lock_shared());
  EXPECT_FALSE(m.try_lock());
  m.unlock();
}

}  // namespace
}  // namespace platewise::search
