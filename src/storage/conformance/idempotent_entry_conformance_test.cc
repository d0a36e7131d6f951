// DiaryRepository::AddEntryOnce: an entry sent again with its idempotency
// key (an entry made offline, sent again after a lost answer) is stored once.

#include <atomic>
#include <barrier>
#include <thread>
#include <vector>

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(IdempotentEntryConformance);

TYPED_TEST(IdempotentEntryConformance, ASecondCallWithTheKeyStoresNothingAndReturnsTheFirstEntry) {
  auto& diary = *this->store().diary;
  auto first = diary.AddEntryOnce(this->a_, this->Entry(this->Day(2), Meal::kLunch, kSpinach, 30, "1 cup"), "k-1");
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_TRUE(first->created);
  EXPECT_GT(first->entry.id, 0);
  EXPECT_GT(first->entry.version, 0);
  // Whatever the repeat says, it is the first entry.
  auto again = diary.AddEntryOnce(this->a_, this->Entry(this->Day(3), Meal::kDinner, kRice, 99), "k-1");
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->entry.id, first->entry.id);
  EXPECT_EQ(again->entry.version, first->entry.version);
  EXPECT_EQ(again->entry.date, this->Day(2));
  EXPECT_EQ(again->entry.food_id, kSpinach);
  EXPECT_EQ(again->entry.amount_text, "1 cup");
  EXPECT_EQ(diary.GetDay(this->a_, this->Day(2))->entries.size(), 1u);
  EXPECT_TRUE(diary.GetDay(this->a_, this->Day(3))->entries.empty());
  // Another key is another entry.
  auto other = diary.AddEntryOnce(this->a_, this->Entry(this->Day(2), Meal::kLunch, kSpinach, 30), "k-2");
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other->created);
  EXPECT_EQ(diary.GetDay(this->a_, this->Day(2))->entries.size(), 2u);
}

TYPED_TEST(IdempotentEntryConformance, TheRepeatReturnsTheEntryAsItIsNow) {
  auto& diary = *this->store().diary;
  auto first = diary.AddEntryOnce(this->a_, this->Entry(this->Day(2), Meal::kLunch, kSpinach, 30), "edited");
  ASSERT_TRUE(first.ok());
  auto edited = diary.UpdateEntry(this->a_, first->entry.id, {.grams = Grams(60)}, std::nullopt);
  ASSERT_TRUE(edited.ok());
  auto again = diary.AddEntryOnce(this->a_, this->Entry(this->Day(2), Meal::kLunch, kSpinach, 30), "edited");
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->entry.grams.value(), 60);
  EXPECT_EQ(again->entry.version, edited->version);
}

TYPED_TEST(IdempotentEntryConformance, KeysAreTheOwners) {
  auto& diary = *this->store().diary;
  auto mine = diary.AddEntryOnce(this->a_, this->Entry(this->Day(2), Meal::kLunch, kSpinach, 30), "same-key");
  auto theirs = diary.AddEntryOnce(this->b_, this->Entry(this->Day(2), Meal::kLunch, kSpinach, 30), "same-key");
  ASSERT_TRUE(mine.ok() && theirs.ok());
  EXPECT_TRUE(mine->created);
  EXPECT_TRUE(theirs->created);
  EXPECT_NE(mine->entry.id, theirs->entry.id);
  EXPECT_EQ(diary.GetDay(this->b_, this->Day(2))->entries.size(), 1u);
}

TYPED_TEST(IdempotentEntryConformance, ARefusedCallLeavesTheKeyUnused) {
  auto& diary = *this->store().diary;
  auto refused = diary.AddEntryOnce(this->a_, this->Entry(this->Day(2), Meal::kLunch, "no-such-food", 30), "k");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kNotFound);
  auto stored = diary.AddEntryOnce(this->a_, this->Entry(this->Day(2), Meal::kLunch, kSpinach, 30), "k");
  ASSERT_TRUE(stored.ok()) << stored.status().message();
  EXPECT_TRUE(stored->created);
}

TYPED_TEST(IdempotentEntryConformance, DeletingTheEntryForgetsItsKeyAndCopiesDoNotCarryIt) {
  auto& diary = *this->store().diary;
  auto first = diary.AddEntryOnce(this->a_, this->Entry(this->Day(2), Meal::kLunch, kSpinach, 30), "k");
  ASSERT_TRUE(first.ok());
  auto copies = diary.CopyEntries(this->a_, this->Day(2), this->Day(3), std::nullopt);
  ASSERT_TRUE(copies.ok()) << copies.status().message();
  ASSERT_EQ(copies->size(), 1u);
  auto again = diary.AddEntryOnce(this->a_, this->Entry(this->Day(2), Meal::kLunch, kSpinach, 30), "k");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->entry.id, first->entry.id) << "the key names the original, not its copy";
  ASSERT_TRUE(diary.DeleteEntry(this->a_, first->entry.id).ok());
  auto after = diary.AddEntryOnce(this->a_, this->Entry(this->Day(2), Meal::kLunch, kSpinach, 30), "k");
  ASSERT_TRUE(after.ok()) << after.status().message();
  EXPECT_TRUE(after->created);
  EXPECT_NE(after->entry.id, first->entry.id);
}

// A retry racing the first try: threads released together with one key
// store one entry, and every one of them is answered with it.
TYPED_TEST(IdempotentEntryConformance, ConcurrentCallsWithOneKeyStoreOneEntry) {
  auto& diary = *this->store().diary;
  constexpr int kThreads = 4;
  constexpr int kRounds = 10;
  for (int round = 0; round < kRounds; ++round) {
    const std::string key = "race-" + std::to_string(round);
    std::barrier start(kThreads);
    std::atomic<int> created{0};
    std::vector<std::int64_t> ids(kThreads, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        start.arrive_and_wait();
        auto r = diary.AddEntryOnce(this->a_, this->Entry(this->Day(5), Meal::kLunch, kSpinach, 30), key);
        EXPECT_TRUE(r.ok()) << r.status().message();
        if (!r.ok()) return;
        if (r->created) ++created;
        ids[t] = r->entry.id;
      });
    }
    for (auto& t : threads) t.join();
    ASSERT_EQ(created.load(), 1) << "round " << round;
    for (std::int64_t id : ids) EXPECT_EQ(id, ids[0]) << "round " << round;
  }
  EXPECT_EQ(diary.GetDay(this->a_, this->Day(5))->entries.size(), static_cast<std::size_t>(kRounds));
}

}  // namespace
}  // namespace platewise::conformance
