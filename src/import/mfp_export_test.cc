// MyFitnessPal's export (docs/imports.md), each trap of FORMATS.md in its own
// fixture of tests/data/imports/mfp/, read and written as `platewise import
// mfp` does.

#include "import/mfp_export.h"

#include "core/diary/day_number.h"
#include "core/food/recipe.h"
#include "import/history_import_test_support.h"

namespace platewise {
namespace {

using testing::HistoryImportTest;

constexpr CivilDate kMar1{2026, 3, 1};
constexpr CivilDate kMar2{2026, 3, 2};
constexpr CivilDate kMar3{2026, 3, 3};

using MfpImportTest = HistoryImportTest;

TEST_F(MfpImportTest, APerMealExportWithABomIsOneEntryPerMealWithItsTotals) {
  auto s = Mfp({Data("mfp/nutrition_per_meal_bom.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->entries, 4);
  EXPECT_EQ(s->days, 2);
  EXPECT_EQ(s->skipped, 0);
  auto day = EntriesOn(kMar1);
  ASSERT_EQ(day.size(), 3u);
  EXPECT_EQ(day[0].meal, Meal::kBreakfast);
  EXPECT_EQ(day[1].meal, Meal::kLunch);
  EXPECT_EQ(day[2].meal, Meal::kSnacks);  // "Post-Workout", a meal of the person's own
  EXPECT_NEAR(*Amount(day[0], "energy"), 420.5, 1e-9);
  EXPECT_NEAR(*Amount(day[0], "sodium"), 480, 1e-9);
  EXPECT_NEAR(*Amount(day[0], "protein"), 18, 1e-9);
  // % Daily Value, converted with the pre-2016 label values.
  EXPECT_NEAR(*Amount(day[0], "vitamin_c"), 12, 1e-9);  // 20% of 60 mg
  EXPECT_NEAR(*Amount(day[0], "iron"), 4.5, 1e-9);      // 25% of 18 mg
  EXPECT_NE(FoodOf(day[0]).description.find("% Daily Value (pre-2016 label values)"), std::string::npos);
  // The % Daily Values themselves are kept as exported (FORMATS.md: an
  // amount made from them is an estimate).
  EXPECT_EQ(day[0].amount_text, "1 serving; % Daily Value: Vitamin A 10%, Vitamin C 20%, Calcium 15%, Iron 25%");
  EXPECT_TRUE(Noted(*s, "before the 2016 rule"));
  // An empty cell is not reported, never 0.
  EXPECT_FALSE(Amount(day[1], "potassium").has_value());
  EXPECT_FALSE(Amount(day[1], "vitamin_c").has_value());
  EXPECT_EQ(EntriesOn(kMar2).at(0).meal, Meal::kSnacks);  // "Snack (1)"
}

TEST_F(MfpImportTest, TheSameFilesTwiceChangeNothing) {
  const std::vector<std::string> files = {Data("mfp/nutrition_per_meal_bom.csv"), Data("mfp/exercise_pounds.csv"),
                                          Data("mfp/measurement_custom.csv")};
  auto first = Mfp(files);
  ASSERT_TRUE(first.ok()) << first.status().message();
  const auto entries = Entries();
  const auto weights = Weights();
  const auto exercises = Exercises();
  auto second = Mfp(files);
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_EQ(second->unchanged_files.size(), 3u);
  EXPECT_EQ(second->entries, 0);
  ASSERT_EQ(Entries().size(), entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) EXPECT_EQ(Entries()[i].id, entries[i].id);
  EXPECT_EQ(Weights().size(), weights.size());
  EXPECT_EQ(Exercises().size(), exercises.size());
}

TEST_F(MfpImportTest, ALaterExportThatOverlapsReplacesTheOverlapAndKeepsTheRest) {
  ASSERT_TRUE(Mfp({Data("mfp/nutrition_per_meal_bom.csv")}).ok());  // Mar 1 (3 meals) and Mar 2
  const std::string later = Write("later.csv",
                                  "Date,Meal,Calories,Protein (g)\n"
                                  "2026-03-02,Dinner,700,40\n"
                                  "2026-03-03,Lunch,500,30\n");
  auto s = Mfp({later});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(EntriesOn(kMar1).size(), 3u);  // before the later file's dates: kept
  auto mar2 = EntriesOn(kMar2);
  ASSERT_EQ(mar2.size(), 1u);  // the earlier "Snack (1)" replaced, not added to
  EXPECT_EQ(mar2[0].meal, Meal::kDinner);
  EXPECT_NEAR(*Amount(mar2[0], "energy"), 700, 1e-9);
  EXPECT_EQ(EntriesOn(kMar3).size(), 1u);
}

TEST_F(MfpImportTest, WhatThePersonLoggedInPlatewiseIsNeverReplaced) {
  auto mine = store_.store().custom_foods->CreateFood(user_, *BuildCustomFood({"Spinach salad", std::nullopt, false, {{"energy", 40}}}));
  ASSERT_TRUE(mine.ok()) << mine.status().message();
  ASSERT_TRUE(store_.store().diary->AddEntry(user_, {0, kMar1, Meal::kDinner, mine->id, Grams(60), "2 cups"}).ok());
  ASSERT_TRUE(Mfp({Data("mfp/nutrition_per_meal_bom.csv")}).ok());
  ASSERT_TRUE(Mfp({Write("again.csv", "Date,Meal,Calories\n2026-03-01,Lunch,100\n")}).ok());
  auto day = EntriesOn(kMar1);
  ASSERT_EQ(day.size(), 2u);
  EXPECT_EQ(day[0].meal, Meal::kLunch);
  EXPECT_EQ(day[1].food_id, mine->id);
}

TEST_F(MfpImportTest, APerEntryExportKeepsRepeatedIdenticalRowsAsTheirOwnEntries) {
  auto s = Mfp({Data("mfp/nutrition_per_entry.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->entries, 4);  // the two glasses of water at 3:10 PM are two entries
  auto day = EntriesOn(CivilDate{2026, 3, 4});
  ASSERT_EQ(day.size(), 4u);
  EXPECT_NE(FoodOf(day[0]).description.find("at 7:45 AM"), std::string::npos);
}

TEST_F(MfpImportTest, ATimeColumnWithoutANoteColumnIsAPerEntryExport) {
  auto s = Mfp({Data("mfp/nutrition_time_no_note.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto day = EntriesOn(CivilDate{2026, 3, 5});
  ASSERT_EQ(day.size(), 1u);
  EXPECT_NEAR(*Amount(day[0], "energy"), 500, 1e-9);  // the Time column is not a nutrient
}

TEST_F(MfpImportTest, CrlfLineEndsReadLikeLf) {
  auto s = Mfp({Data("mfp/nutrition_crlf.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->entries, 2);
  EXPECT_EQ(s->skipped, 0);
  EXPECT_NEAR(*Amount(EntriesOn(kMar3).at(1), "iron"), 5.4, 1e-9);  // the last column, before the CR
}

TEST_F(MfpImportTest, AnUnquotedNoteOverSeveralLinesStaysWithItsRow) {
  auto s = Mfp({Data("mfp/nutrition_multiline_note.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->entries, 2);
  EXPECT_EQ(s->skipped, 0);
  EXPECT_TRUE(Noted(*s, "notes are not imported"));
}

TEST_F(MfpImportTest, QuotedNumbersWithThousandsSeparatorsAreWholeNumbers) {
  ASSERT_TRUE(Mfp({Data("mfp/nutrition_thousands.csv")}).ok());
  auto day = EntriesOn(CivilDate{2026, 3, 7});
  ASSERT_EQ(day.size(), 1u);
  EXPECT_NEAR(*Amount(day[0], "energy"), 1250, 1e-9);
  EXPECT_NEAR(*Amount(day[0], "sodium"), 2300, 1e-9);
}

TEST_F(MfpImportTest, ANutrientCellThatIsNotANumberRejectsTheRunNamingLineAndColumn) {
  auto s = Mfp({Data("mfp/nutrition_per_meal_bom.csv"), Data("mfp/nutrition_bad_number.csv")});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.status().message().find("nutrition_bad_number.csv:3"), std::string::npos) << s.status().message();
  EXPECT_NE(s.status().message().find("Calories"), std::string::npos);
  EXPECT_TRUE(Entries().empty());  // every file is read before any is written
}

TEST_F(MfpImportTest, AFileThatIsNotUtf8IsRejectedNamingItsLine) {
  auto s = Mfp({Data("mfp/nutrition_latin1.csv")});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("nutrition_latin1.csv"), std::string::npos) << s.status().message();
  EXPECT_NE(s.status().message().find("UTF-8"), std::string::npos);
  EXPECT_NE(s.status().message().find("2"), std::string::npos);
}

TEST_F(MfpImportTest, RowsWithoutCaloriesOrWithAnotherDateFormatAreSkippedWithTheirReason) {
  auto s = Mfp({Data("mfp/nutrition_missing_cells.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->entries, 1);
  EXPECT_EQ(s->skipped, 2);
  EXPECT_TRUE(Skipped(*s, "no Calories"));
  EXPECT_TRUE(Skipped(*s, "03/10/2026"));
  ASSERT_EQ(s->problems.size(), 2u);
  EXPECT_EQ(s->problems[0].line, 2);
  EXPECT_EQ(s->problems[1].line, 3);
}

TEST_F(MfpImportTest, AFileOfAnotherKindOrWithoutCaloriesIsRejected) {
  auto other = Mfp({Data("mfp/not_mfp.csv")});
  EXPECT_EQ(other.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(other.status().message().find("not a MyFitnessPal"), std::string::npos);
  auto no_kcal = Mfp({Data("mfp/nutrition_no_calories_column.csv")});
  EXPECT_EQ(no_kcal.status().code(), StatusCode::kInvalidArgument);
  auto missing = Mfp({Data("mfp/no_such_file.csv")});
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST_F(MfpImportTest, WeightsWithoutAKnownUnitAreRefusedAndNamedWhatToPass) {
  auto s = Mfp({Data("mfp/measurement_custom.csv")});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("--weight-unit"), std::string::npos) << s.status().message();
  EXPECT_TRUE(Weights().empty());
}

TEST_F(MfpImportTest, WeightsTakeTheUnitOfTheExerciseSummarysWeightColumn) {
  auto s = Mfp({Data("mfp/measurement_custom.csv"), Data("mfp/exercise_pounds.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto w = Weights();
  ASSERT_EQ(w.size(), 2u);  // Mar 2 has body fat only; Mar 3's second is skipped; 1650 lb is out of range
  EXPECT_EQ(w[0].date, kMar1);
  EXPECT_NEAR(w[0].weight.value(), 165.2 * 0.45359237, 1e-9);
  EXPECT_EQ(w[1].date, kMar3);
  EXPECT_NEAR(w[1].weight.value(), 164.0 * 0.45359237, 1e-9);
  EXPECT_TRUE(Skipped(*s, "a second weight on 2026-03-03"));
  EXPECT_TRUE(Skipped(*s, "out of range"));
  EXPECT_TRUE(Noted(*s, "weights read as lb"));
}

TEST_F(MfpImportTest, TheWeightUnitFlagWinsOverTheExerciseSummary) {
  auto s = Mfp({Data("mfp/measurement_custom.csv"), Data("mfp/exercise_pounds.csv")},
               HistoryReadOptions{WeightUnit::kKilograms});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto w = Weights();
  ASSERT_FALSE(w.empty());
  EXPECT_NEAR(w[0].weight.value(), 165.2, 1e-9);
  auto kg = Mfp({Write("m.csv", "Date,Weight\n2026-04-01,70.5\n"), Data("mfp/exercise_kilograms.csv")});
  ASSERT_TRUE(kg.ok()) << kg.status().message();
  EXPECT_NEAR(Weights().back().weight.value(), 70.5, 1e-9);
}

TEST_F(MfpImportTest, ExercisesLoseTheirLiteralQuotesAndAdjustmentsAndStrengthWithoutCaloriesAreSkipped) {
  auto s = Mfp({Data("mfp/exercise_pounds.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto x = Exercises();
  ASSERT_EQ(x.size(), 2u);
  EXPECT_EQ(x[0].description, "Running (jogging), 5 mph");
  EXPECT_NEAR(x[0].kcal.value(), 480, 1e-9);
  EXPECT_EQ(*x[0].minutes, 45);
  EXPECT_EQ(x[1].description, "Walking, 3.0 mph");
  EXPECT_TRUE(Skipped(*s, "calorie adjustment"));
  EXPECT_TRUE(Skipped(*s, "Bench press"));
}

TEST_F(MfpImportTest, AWeighInThePersonMadeIsKeptAndTheSummarySaysSo) {
  ASSERT_TRUE(store_.store().weights->Put(user_, {0, kMar1, Kilograms(70)}).ok());
  auto s = Mfp({Data("mfp/measurement_custom.csv")}, HistoryReadOptions{WeightUnit::kPounds});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto w = Weights();
  ASSERT_EQ(w.size(), 2u);
  EXPECT_NEAR(w[0].weight.value(), 70, 1e-9);
  EXPECT_TRUE(Skipped(*s, "2026-03-01 already in Platewise is kept"));
}

TEST_F(MfpImportTest, WeighInsAfterThePersonsTodayAreLeftOut) {
  clock_.SetToday("UTC", CivilDate{2026, 3, 2});
  auto s = Mfp({Data("mfp/measurement_custom.csv")}, HistoryReadOptions{WeightUnit::kPounds});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto w = Weights();
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].date, kMar1);
  EXPECT_TRUE(Skipped(*s, "2026-03-03 is after today"));
}

// A file of more rows than a piece holds (import/history_file.h) is
// written in pieces within its one transaction: every row lands once, the
// identical rows of a day stay their own entries, and the same file again
// changes nothing.
TEST_F(MfpImportTest, AFileOfManyPiecesIsWrittenWholeAndOnce) {
  std::string csv = "Date,Meal,Calories,Protein (g),Note\n";
  const int days = 700;  // 2,800 rows: three pieces
  for (int d = 0; d < days; ++d) {
    const CivilDate date = AddDays(CivilDate{2024, 1, 1}, d);
    for (const char* meal : {"Breakfast", "Lunch", "Dinner", "Dinner"}) {  // two identical dinners a day
      csv += date.ToString() + "," + meal + ",500,20,\n";
    }
  }
  const std::string path = Write("Nutrition-Summary-2024.csv", csv);
  auto first = Mfp({path});
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->entries, 4 * days);
  EXPECT_EQ(first->days, days);
  EXPECT_EQ(Entries().size(), static_cast<std::size_t>(4 * days));
  EXPECT_EQ(EntriesOn(AddDays(CivilDate{2024, 1, 1}, days - 1)).size(), 4u);
  auto again = Mfp({path});
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(again->unchanged_files, (std::vector<std::string>{"Nutrition-Summary-2024.csv"}));
  EXPECT_EQ(Entries().size(), static_cast<std::size_t>(4 * days));
}

// The write reads the files again: a file whose bytes differ from the
// check's (still being copied in) fails the run, and nothing of it is
// written.
TEST_F(MfpImportTest, AFileThatChangesBetweenTheCheckAndTheWriteWritesNothing) {
  const std::string path = Write("Nutrition-Summary.csv", "Date,Meal,Calories,Note\n2026-03-01,Lunch,500,\n");
  int reads = 0;
  auto s = Import([&](ImportSummary& summary, const HistoryFileSink& put) {
    if (++reads == 2) Write("Nutrition-Summary.csv", "Date,Meal,Calories,Note\n2026-03-01,Lunch,900,\n");
    return ReadMfpExport({path}, {}, summary, put);
  });
  EXPECT_EQ(s.status().code(), StatusCode::kConflict);
  EXPECT_NE(s.status().message().find("Nutrition-Summary.csv was not imported (nothing of it was written): the file "
                                      "changed while it was imported"),
            std::string::npos)
      << s.status().message();
  EXPECT_TRUE(Entries().empty());
}

}  // namespace
}  // namespace platewise
