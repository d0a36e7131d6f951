// HistoryImports: a file's history written as one batch, all or nothing,
// replacing by scope (core/ports/history_imports.h).

#include <algorithm>

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(HistoryImportConformance);

Food ImportFood(const std::string& name, double kcal) {
  Food f = TestFood("", name, "", {{"energy", kcal}}, {{1, "serving", Grams(100)}});
  f.source = "import-test";
  return f;
}

// Two days of one food, a weigh-in on day 2 and an exercise on day 1.
HistoryBatch Batch(const std::string& hash, int first, int last) {
  HistoryBatch b;
  b.scope = "test:servings";
  b.file_hash = hash;
  b.first = CivilDate{2026, 3, first};
  b.last = CivilDate{2026, 3, last};
  b.foods = {{"oats|cup", ImportFood("Oats", 150)}};
  for (int d = first; d <= last; ++d) {
    b.entries.push_back({CivilDate{2026, 3, d}, Meal::kBreakfast, 0, Grams(200), "2 cup"});
  }
  b.weights = {{0, CivilDate{2026, 3, last}, Kilograms(70.5)}};
  b.exercises = {{0, CivilDate{2026, 3, first}, "custom", "Running", 30.0, Kcal(300)}};
  return b;
}

TYPED_TEST(HistoryImportConformance, ABatchWritesEntriesWeightsExerciseAndFoodsForItsOwnerOnly) {
  auto w = this->store().history_imports->WriteBatch(this->a_, Batch("h1", 1, 2));
  ASSERT_TRUE(w.ok()) << w.status().message();
  EXPECT_FALSE(w->unchanged);
  EXPECT_EQ(w->entries, 2);
  EXPECT_EQ(w->weights, 1);
  EXPECT_EQ(w->exercises, 1);
  EXPECT_EQ(w->foods_created, 1);
  ASSERT_EQ(w->foods.size(), 1u);
  auto day = this->store().diary->GetDay(this->a_, this->Day(1));
  ASSERT_TRUE(day.ok());
  ASSERT_EQ(day->entries.size(), 1u);
  EXPECT_EQ(day->entries[0].food_id, w->foods[0].id);
  EXPECT_EQ(day->entries[0].amount_text, "2 cup");
  EXPECT_GT(day->entries[0].version, 0);
  ASSERT_EQ(day->exercise.size(), 1u);
  EXPECT_EQ(day->exercise[0].kcal.value(), 300);
  auto food = this->store().foods->GetVisibleFood(this->a_, w->foods[0].id);
  ASSERT_TRUE(food.ok());
  EXPECT_EQ((*food)->description, "Oats");
  EXPECT_EQ(this->store().foods->GetVisibleFood(this->b_, w->foods[0].id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().weights->List(this->a_, std::nullopt, std::nullopt)->size(), 1u);
  EXPECT_TRUE(this->store().diary->ListAll(this->b_)->empty());
  EXPECT_TRUE(this->store().weights->List(this->b_, std::nullopt, std::nullopt)->empty());
}

TYPED_TEST(HistoryImportConformance, TheSameFileTwiceChangesNothing) {
  ASSERT_TRUE(this->store().history_imports->WriteBatch(this->a_, Batch("h1", 1, 2)).ok());
  auto before = this->store().diary->ListAll(this->a_);
  auto again = this->store().history_imports->WriteBatch(this->a_, Batch("h1", 1, 2));
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->unchanged);
  EXPECT_EQ(again->entries, 0);
  auto after = this->store().diary->ListAll(this->a_);
  ASSERT_TRUE(before.ok() && after.ok());
  ASSERT_EQ(after->size(), before->size());
  for (std::size_t i = 0; i < after->size(); ++i) EXPECT_EQ((*after)[i].id, (*before)[i].id);
}

TYPED_TEST(HistoryImportConformance, ALaterOverlappingFileReplacesItsScopeWithinItsDatesOnly) {
  ASSERT_TRUE(this->store().history_imports->WriteBatch(this->a_, Batch("h1", 1, 3)).ok());
  // The person's own entry and weigh-in on day 3, and another scope's entry.
  DiaryEntry own = this->Log(this->a_, this->Day(3), kRice);
  HistoryBatch other = Batch("o1", 3, 3);
  other.scope = "other:servings";
  other.weights.clear();
  ASSERT_TRUE(this->store().history_imports->WriteBatch(this->a_, other).ok());
  // The later export covers days 2 to 4: day 1 stays from the first file.
  auto w = this->store().history_imports->WriteBatch(this->a_, Batch("h2", 2, 4));
  ASSERT_TRUE(w.ok()) << w.status().message();
  EXPECT_EQ(w->foods_created, 0);  // the food of the same key is the one stored before
  auto all = this->store().diary->ListRange(this->a_, this->Day(1), this->Day(4));
  ASSERT_TRUE(all.ok());
  std::map<int, int> per_day;
  bool own_kept = false;
  for (const DiaryEntry& e : *all) {
    ++per_day[static_cast<int>(e.date.day)];
    own_kept = own_kept || e.id == own.id;
  }
  EXPECT_EQ(per_day[1], 1);
  EXPECT_EQ(per_day[2], 1);
  EXPECT_EQ(per_day[3], 3);  // this file's, the other scope's and the person's own
  EXPECT_EQ(per_day[4], 1);
  EXPECT_TRUE(own_kept);
  // Weigh-ins: day 3's from the first file is gone (in the replaced range), day 4's is new.
  auto weights = this->store().weights->List(this->a_, std::nullopt, std::nullopt);
  ASSERT_TRUE(weights.ok());
  ASSERT_EQ(weights->size(), 1u);
  EXPECT_EQ((*weights)[0].date, this->Day(4));
  // Exercise: day 1's from the first file stays, day 2's is this file's.
  EXPECT_EQ(this->store().diary->GetDay(this->a_, this->Day(1))->exercise.size(), 1u);
  EXPECT_EQ(this->store().diary->GetDay(this->a_, this->Day(2))->exercise.size(), 1u);
}

TYPED_TEST(HistoryImportConformance, AWeighInThePersonMadeIsKept) {
  ASSERT_TRUE(this->store().weights->Put(this->a_, {0, this->Day(2), Kilograms(80)}).ok());
  auto w = this->store().history_imports->WriteBatch(this->a_, Batch("h1", 1, 2));
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(w->weights, 0);
  EXPECT_EQ(w->weights_kept, std::vector<CivilDate>{this->Day(2)});
  auto weights = this->store().weights->List(this->a_, std::nullopt, std::nullopt);
  ASSERT_EQ(weights->size(), 1u);
  EXPECT_EQ((*weights)[0].weight.value(), 80);
}

TYPED_TEST(HistoryImportConformance, FoodsNoEntryUsesAfterAReplaceAreRemoved) {
  auto first = this->store().history_imports->WriteBatch(this->a_, Batch("h1", 1, 1));
  ASSERT_TRUE(first.ok());
  HistoryBatch next = Batch("h2", 1, 1);
  next.foods = {{"rice|cup", ImportFood("Rice", 200)}};
  auto second = this->store().history_imports->WriteBatch(this->a_, next);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(this->store().foods->GetVisibleFood(this->a_, first->foods[0].id).status().code(),
            StatusCode::kNotFound);
  EXPECT_TRUE(this->store().foods->GetVisibleFood(this->a_, second->foods[0].id).ok());
}

// Defect: the scope's unused foods were removed before the batch's entries
// went in, so a re-import dropped every food and created it again (new ids
// for the foods the person had favourited or searched for).
TYPED_TEST(HistoryImportConformance, AFoodTheNextBatchUsesAgainKeepsItsId) {
  auto first = this->store().history_imports->WriteBatch(this->a_, Batch("h1", 1, 1));
  ASSERT_TRUE(first.ok());
  auto second = this->store().history_imports->WriteBatch(this->a_, Batch("h2", 1, 2));
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->foods_created, 0);
  ASSERT_EQ(second->foods.size(), 1u);
  EXPECT_EQ(second->foods[0].id, first->foods[0].id);
  EXPECT_TRUE(this->store().foods->GetVisibleFood(this->a_, first->foods[0].id).ok());
}

TYPED_TEST(HistoryImportConformance, AFailingBatchChangesNothing) {
  ASSERT_TRUE(this->store().history_imports->WriteBatch(this->a_, Batch("h1", 1, 2)).ok());
  auto before = this->store().diary->ListAll(this->a_);
  HistoryBatch bad = Batch("h2", 1, 2);
  bad.foods.push_back({"bad", TestFood("", "Bad", "", {{"no-such-nutrient", 1}}, {})});
  EXPECT_FALSE(this->store().history_imports->WriteBatch(this->a_, bad).ok());
  auto after = this->store().diary->ListAll(this->a_);
  ASSERT_TRUE(before.ok() && after.ok());
  ASSERT_EQ(after->size(), before->size());
  for (std::size_t i = 0; i < after->size(); ++i) EXPECT_EQ((*after)[i].id, (*before)[i].id);
  EXPECT_EQ(this->store().weights->List(this->a_, std::nullopt, std::nullopt)->size(), 1u);
  // And the failed file was not recorded: it imports once fixed.
  HistoryBatch fixed = Batch("h2", 1, 2);
  auto w = this->store().history_imports->WriteBatch(this->a_, fixed);
  ASSERT_TRUE(w.ok());
  EXPECT_FALSE(w->unchanged);
}

// The streaming form: one file as three pieces, each indexing its own foods.
// A food a later piece gives again (by key) is the one stored for the first;
// a feed that fails in its last piece leaves the store as it was, the
// scope's earlier rows included, and records no file.
TYPED_TEST(HistoryImportConformance, AFileStreamedInPiecesIsOneTransactionAndKeepsOneFoodPerKey) {
  ASSERT_TRUE(this->store().history_imports->WriteBatch(this->a_, Batch("h1", 1, 2)).ok());
  auto before = this->store().diary->ListAll(this->a_);
  ASSERT_TRUE(before.ok());
  const HistoryFileInfo info{"test:servings", "h2", true, CivilDate{2026, 3, 1}, CivilDate{2026, 3, 3}};
  auto piece = [](int day) {
    HistoryBatch p;
    p.foods = {{"oats|cup", ImportFood("Oats", 150)}};
    p.entries = {{CivilDate{2026, 3, day}, Meal::kBreakfast, 0, Grams(100), "1 cup"}};
    return p;
  };
  std::vector<std::string> food_ids;
  auto feed = [&](bool fail_last) {
    return [&, fail_last](const HistoryPieceSink& put) -> Status {
      food_ids.clear();
      for (int day = 1; day <= 3; ++day) {
        if (fail_last && day == 3) return Status::InvalidArgument("servings.csv:4: the file ends inside a record");
        auto stored = put(piece(day));
        if (!stored.ok()) return stored.status();
        food_ids.push_back((*stored)[0].id);
      }
      return Status::Ok();
    };
  };
  auto failed = this->store().history_imports->StreamBatch(this->a_, info, feed(true));
  EXPECT_EQ(failed.status().code(), StatusCode::kInvalidArgument);
  auto after_failure = this->store().diary->ListAll(this->a_);
  ASSERT_TRUE(after_failure.ok());
  ASSERT_EQ(after_failure->size(), before->size());  // day 1 and 2 of h1 are back, none of h2
  for (std::size_t i = 0; i < before->size(); ++i) EXPECT_EQ((*after_failure)[i].id, (*before)[i].id);

  auto w = this->store().history_imports->StreamBatch(this->a_, info, feed(false));
  ASSERT_TRUE(w.ok()) << w.status().message();
  EXPECT_FALSE(w->unchanged);
  EXPECT_EQ(w->entries, 3);
  EXPECT_EQ(w->foods_created, 0);  // the oats h1 brought
  ASSERT_EQ(food_ids.size(), 3u);
  EXPECT_EQ(food_ids[0], food_ids[2]);
  EXPECT_EQ(this->store().diary->ListAll(this->a_)->size(), 3u);  // h1's days 1-2 replaced, not added to

  int calls = 0;
  auto again = this->store().history_imports->StreamBatch(this->a_, info, [&](const HistoryPieceSink&) {
    ++calls;
    return Status::Ok();
  });
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->unchanged);
  EXPECT_EQ(calls, 0);  // a file written before is not read again
}

TYPED_TEST(HistoryImportConformance, TheProvenanceListsTheOwnersImportedRowsFoodsAndFilesOnly) {
  auto w = this->store().history_imports->WriteBatch(this->a_, Batch("h1", 1, 2));
  ASSERT_TRUE(w.ok());
  DiaryEntry own = this->Log(this->a_, this->Day(1), kRice);  // made in Platewise: not listed
  auto p = this->store().history_imports->ListProvenance(this->a_);
  ASSERT_TRUE(p.ok()) << p.status().message();
  auto all = this->store().diary->ListAll(this->a_);
  ASSERT_EQ(all->size(), 3u);
  ASSERT_EQ(p->entries.size(), 2u);
  for (const auto& m : p->entries) {
    EXPECT_EQ(m.scope, "test:servings");
    EXPECT_NE(m.id, own.id);
  }
  EXPECT_LT(p->entries[0].id, p->entries[1].id);
  ASSERT_EQ(p->weights.size(), 1u);
  EXPECT_EQ(p->weights[0].id, (*this->store().weights->List(this->a_, std::nullopt, std::nullopt))[0].id);
  ASSERT_EQ(p->exercises.size(), 1u);
  EXPECT_EQ(p->exercises[0].id, this->store().diary->GetDay(this->a_, this->Day(1))->exercise[0].id);
  ASSERT_EQ(p->foods.size(), 1u);
  EXPECT_EQ(p->foods[0].food_id, w->foods[0].id);
  EXPECT_EQ(p->foods[0].key, "test:servings\noats|cup");
  ASSERT_EQ(p->files.size(), 1u);
  EXPECT_EQ(p->files[0].scope, "test:servings");
  EXPECT_EQ(p->files[0].file_hash, "h1");
  auto other = this->store().history_imports->ListProvenance(this->b_);
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other->empty());
}

// What a restore does: rows written as the person's, then marked as the
// import's. The import then treats them as if it had written them.
TYPED_TEST(HistoryImportConformance, RestoredProvenanceMakesRowsTheImportsAgain) {
  Food oats = this->CustomFood(this->a_, "Oats");
  DiaryEntry day1 = this->Log(this->a_, this->Day(1), oats.id, Meal::kBreakfast, 200);
  DiaryEntry day2 = this->Log(this->a_, this->Day(2), oats.id, Meal::kBreakfast, 200);
  DiaryEntry own = this->Log(this->a_, this->Day(2), kRice);
  auto weight = this->store().weights->Put(this->a_, {0, this->Day(2), Kilograms(70.5)});
  auto run = this->store().exercise->Add(this->a_, {0, this->Day(1), "custom", "Running", 30.0, Kcal(300)});
  ASSERT_TRUE(weight.ok() && run.ok());
  ImportProvenance p;
  p.entries = {{day1.id, "test:servings"}, {day2.id, "test:servings"}};
  p.weights = {{weight->id, "test:servings"}};
  p.exercises = {{run->id, "test:servings"}};
  p.foods = {{oats.id, "test:servings\noats|cup"}};
  p.files = {{"test:servings", "h1"}};
  ASSERT_TRUE(this->store().history_imports->RestoreProvenance(this->a_, p).ok());
  ASSERT_TRUE(this->store().history_imports->RestoreProvenance(this->a_, p).ok()) << "a file is recorded once";
  auto listed = this->store().history_imports->ListProvenance(this->a_);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->entries.size(), 2u);
  EXPECT_EQ(listed->files.size(), 1u);

  auto same = this->store().history_imports->WriteBatch(this->a_, Batch("h1", 1, 2));
  ASSERT_TRUE(same.ok());
  EXPECT_TRUE(same->unchanged);
  auto later = this->store().history_imports->WriteBatch(this->a_, Batch("h2", 1, 2));
  ASSERT_TRUE(later.ok()) << later.status().message();
  EXPECT_EQ(later->foods_created, 0);
  ASSERT_EQ(later->foods.size(), 1u);
  EXPECT_EQ(later->foods[0].id, oats.id);
  auto all = this->store().diary->ListAll(this->a_);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 3u) << "the restored entries were replaced, not doubled";
  EXPECT_EQ(std::count_if(all->begin(), all->end(), [&](const DiaryEntry& e) { return e.id == own.id; }), 1);
  EXPECT_EQ(this->store().weights->List(this->a_, std::nullopt, std::nullopt)->size(), 1u);
  EXPECT_EQ(this->store().diary->GetDay(this->a_, this->Day(1))->exercise.size(), 1u);
}

TYPED_TEST(HistoryImportConformance, ProvenanceNamingAnotherOwnersRowIsNotFoundAndChangesNothing) {
  DiaryEntry mine = this->Log(this->a_, this->Day(1), kRice);
  DiaryEntry theirs = this->Log(this->b_, this->Day(1), kRice);
  ImportProvenance p;
  p.entries = {{mine.id, "test:servings"}, {theirs.id, "test:servings"}};
  p.files = {{"test:servings", "h1"}};
  EXPECT_EQ(this->store().history_imports->RestoreProvenance(this->a_, p).code(), StatusCode::kNotFound);
  ImportProvenance foods;
  foods.foods = {{this->CustomFood(this->b_, "Theirs").id, "test:servings\nx"}};
  EXPECT_EQ(this->store().history_imports->RestoreProvenance(this->a_, foods).code(), StatusCode::kNotFound);
  auto listed = this->store().history_imports->ListProvenance(this->a_);
  ASSERT_TRUE(listed.ok());
  EXPECT_TRUE(listed->empty());
  EXPECT_TRUE(this->store().history_imports->ListProvenance(this->b_)->empty());
}

TYPED_TEST(HistoryImportConformance, AnAccountThatDoesNotExistIsAConflict) {
  EXPECT_EQ(this->store().history_imports->WriteBatch(9999, Batch("h1", 1, 1)).status().code(),
            StatusCode::kConflict);
}

}  // namespace
}  // namespace platewise::conformance
