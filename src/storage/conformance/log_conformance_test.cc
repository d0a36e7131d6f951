// WaterLog, ExerciseLog and WeightLog: per-day logs scoped to their owner.

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(LogConformance);

template <typename Row>
std::vector<std::int64_t> Ids(const std::vector<Row>& rows) {
  std::vector<std::int64_t> ids;
  for (const Row& r : rows) ids.push_back(r.id);
  return ids;
}

TYPED_TEST(LogConformance, WaterIsListedByDateThenInTheOrderAdded) {
  auto w1 = this->store().water->Add(this->a_, {0, this->Day(2), 500});
  auto w2 = this->store().water->Add(this->a_, {0, this->Day(1), 250});
  auto w3 = this->store().water->Add(this->a_, {0, this->Day(2), 330});
  ASSERT_TRUE(this->store().water->Add(this->b_, {0, this->Day(1), 100}).ok());
  ASSERT_TRUE(w1.ok() && w2.ok() && w3.ok());
  EXPECT_GT(w1->id, 0);
  EXPECT_EQ(w1->ml, 500);
  EXPECT_EQ(w1->date, this->Day(2));
  auto all = this->store().water->ListAll(this->a_);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(Ids(*all), (std::vector<std::int64_t>{w2->id, w1->id, w3->id}));
  EXPECT_EQ((*all)[2].ml, 330);
}

TYPED_TEST(LogConformance, WaterIsDeletedByItsOwnerOnly) {
  auto w = this->store().water->Add(this->a_, {0, this->Day(1), 500});
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(this->store().water->Delete(this->b_, w->id).code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().water->ListAll(this->a_)->size(), 1u);
  EXPECT_TRUE(this->store().water->ListAll(this->b_)->empty());
  ASSERT_TRUE(this->store().diary->GetDay(this->a_, this->Day(1)).ok());  // read before: any cache is dropped
  ASSERT_TRUE(this->store().water->Delete(this->a_, w->id).ok());
  EXPECT_TRUE(this->store().water->ListAll(this->a_)->empty());
  EXPECT_TRUE(this->store().diary->GetDay(this->a_, this->Day(1))->water.empty());
  EXPECT_EQ(this->store().water->Delete(this->a_, w->id).code(), StatusCode::kNotFound);
}

TYPED_TEST(LogConformance, ExerciseKeepsEveryFieldAndAMissingDuration) {
  ExerciseEntry walk{0, this->Day(2), "walking", "Walk to work", 30.0, Kcal(120.5)};
  ExerciseEntry climb{0, this->Day(1), "custom", "Climbing", std::nullopt, Kcal(300)};
  auto x1 = this->store().exercise->Add(this->a_, walk);
  auto x2 = this->store().exercise->Add(this->a_, climb);
  ASSERT_TRUE(x1.ok() && x2.ok());
  auto all = this->store().exercise->ListAll(this->a_);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(Ids(*all), (std::vector<std::int64_t>{x2->id, x1->id}));
  const ExerciseEntry& got = (*all)[1];
  EXPECT_EQ(got.date, walk.date);
  EXPECT_EQ(got.activity, "walking");
  EXPECT_EQ(got.description, "Walk to work");
  EXPECT_EQ(got.minutes, 30.0);
  EXPECT_EQ(got.kcal.value(), 120.5);
  EXPECT_FALSE((*all)[0].minutes.has_value());
  EXPECT_TRUE(this->store().exercise->ListAll(this->b_)->empty());
}

TYPED_TEST(LogConformance, ExerciseIsDeletedByItsOwnerOnly) {
  auto x = this->store().exercise->Add(this->a_, {0, this->Day(1), "walking", "Walk", 30.0, Kcal(100)});
  ASSERT_TRUE(x.ok());
  EXPECT_EQ(this->store().exercise->Delete(this->b_, x->id).code(), StatusCode::kNotFound);
  ASSERT_TRUE(this->store().exercise->Delete(this->a_, x->id).ok());
  EXPECT_TRUE(this->store().exercise->ListAll(this->a_)->empty());
  EXPECT_EQ(this->store().exercise->Delete(this->a_, x->id).code(), StatusCode::kNotFound);
}

TYPED_TEST(LogConformance, ASecondWeightForADayReplacesTheFirstAndKeepsItsId) {
  auto first = this->store().weights->Put(this->a_, {0, this->Day(1), Kilograms(80)});
  auto second = this->store().weights->Put(this->a_, {0, this->Day(1), Kilograms(79.5)});
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(second->id, first->id);
  auto list = this->store().weights->List(this->a_, std::nullopt, std::nullopt);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].weight.value(), 79.5);
  ASSERT_TRUE(this->store().weights->Put(this->b_, {0, this->Day(1), Kilograms(60)}).ok());  // B's own day
  EXPECT_EQ(this->store().weights->List(this->a_, std::nullopt, std::nullopt)->front().weight.value(), 79.5);
}

TYPED_TEST(LogConformance, WeightsComeOldestFirstWithinInclusiveBounds) {
  for (int d : {5, 1, 3, 7}) ASSERT_TRUE(this->store().weights->Put(this->a_, {0, this->Day(d), Kilograms(70 + d)}).ok());
  ASSERT_TRUE(this->store().weights->Put(this->b_, {0, this->Day(2), Kilograms(50)}).ok());
  auto dates = [](const std::vector<WeightEntry>& list) {
    std::vector<int> days;
    for (const WeightEntry& w : list) days.push_back(w.date.day);
    return days;
  };
  EXPECT_EQ(dates(*this->store().weights->List(this->a_, std::nullopt, std::nullopt)), (std::vector<int>{1, 3, 5, 7}));
  EXPECT_EQ(dates(*this->store().weights->List(this->a_, this->Day(3), this->Day(5))), (std::vector<int>{3, 5}));
  EXPECT_EQ(dates(*this->store().weights->List(this->a_, this->Day(4), std::nullopt)), (std::vector<int>{5, 7}));
  EXPECT_EQ(dates(*this->store().weights->List(this->a_, std::nullopt, this->Day(3))), (std::vector<int>{1, 3}));
  EXPECT_EQ(this->store().weights->List(this->a_, this->Day(1), std::nullopt)->front().weight.value(), 71);
}

TYPED_TEST(LogConformance, AWeightIsDeletedByItsOwnerOnly) {
  auto w = this->store().weights->Put(this->a_, {0, this->Day(1), Kilograms(80)});
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(this->store().weights->Delete(this->b_, w->id).code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().weights->List(this->a_, std::nullopt, std::nullopt)->size(), 1u);
  ASSERT_TRUE(this->store().weights->Delete(this->a_, w->id).ok());
  EXPECT_TRUE(this->store().weights->List(this->a_, std::nullopt, std::nullopt)->empty());
  EXPECT_EQ(this->store().weights->Delete(this->a_, w->id).code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace platewise::conformance
