#include "storage/shared_cache.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>

namespace platewise {
namespace {

TEST(SharedCacheTest, FindsWhatWasPutUntilErased) {
  SharedCache<std::string, int> cache(10);
  EXPECT_FALSE(cache.Find("a"));
  cache.Put("a", 1);
  cache.Put("b", 2);
  ASSERT_TRUE(cache.Find("a"));
  EXPECT_EQ(*cache.Find("a"), 1);
  cache.Put("a", 3);
  EXPECT_EQ(*cache.Find("a"), 3);
  cache.Erase("a");
  EXPECT_FALSE(cache.Find("a"));
  EXPECT_EQ(*cache.Find("b"), 2);
  cache.EraseIf([](const std::string&, const int& v) { return v == 2; });
  EXPECT_FALSE(cache.Find("b"));
}

TEST(SharedCacheTest, StaysWithinItsCapacity) {
  SharedCache<int, int> cache(3);
  for (int i = 0; i < 10; ++i) cache.Put(i, i);
  int found = 0;
  for (int i = 0; i < 10; ++i) found += cache.Find(i).has_value();
  EXPECT_EQ(found, 3);
  EXPECT_TRUE(cache.Find(9));  // the newest entry is never the one that makes room
}

TEST(SharedCacheTest, EntriesOlderThanTheTtlAreNotFound) {
  SharedCache<int, int> cache(10, std::chrono::milliseconds(250));
  cache.Put(1, 1);
  EXPECT_TRUE(cache.Find(1));
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  EXPECT_FALSE(cache.Find(1));
}

}  // namespace
}  // namespace platewise
