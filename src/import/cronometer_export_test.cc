// Cronometer's "Export Data" files (docs/imports.md), each trap of FORMATS.md
// in the fixtures of tests/data/imports/cronometer/, read and written as
// `platewise import cronometer` does.

#include "import/cronometer_export.h"

#include "import/history_import_test_support.h"

namespace platewise {
namespace {

using testing::HistoryImportTest;
using CronometerImportTest = HistoryImportTest;

constexpr CivilDate kFeb28{2026, 2, 28};
constexpr CivilDate kMar1{2026, 3, 1};
constexpr CivilDate kMar2{2026, 3, 2};

TEST(ServingAmountTest, AmountsWithAMassUnitHaveGramsAndOthersKeepTheirUnit) {
  auto oats = ParseServingAmount("40.00 g");
  EXPECT_EQ(oats.quantity, 40);
  EXPECT_EQ(oats.unit, "g");
  EXPECT_EQ(*oats.grams, 40);
  auto salmon = ParseServingAmount("6 oz");
  EXPECT_NEAR(*salmon.grams, 6 * 28.349523125, 1e-9);
  auto cups = ParseServingAmount("2 x 1 cup");  // two of "1 cup"
  EXPECT_EQ(cups.quantity, 2);
  EXPECT_EQ(cups.unit, "cup");
  EXPECT_FALSE(cups.grams);
  auto egg = ParseServingAmount("1 large");
  EXPECT_EQ(egg.unit, "large");
  EXPECT_EQ(ParseServingAmount("").unit, "serving");
  auto calories = ParseServingAmount("250 1");  // a quick-add "Calorie" row: the unit says nothing
  EXPECT_EQ(calories.quantity, 1);
  EXPECT_EQ(calories.unit, "serving");
}

TEST_F(CronometerImportTest, EachServingIsAnEntryOfAPrivateFoodWithTheExportedNutrients) {
  auto s = Cronometer({Data("cronometer/servings.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto mar1 = EntriesOn(kMar1);
  ASSERT_EQ(mar1.size(), 5u);  // two glasses of water: two entries
  const DiaryEntry& oats = mar1[0];
  EXPECT_EQ(oats.meal, Meal::kBreakfast);
  EXPECT_EQ(oats.grams, Grams(40));
  EXPECT_EQ(oats.amount_text, "40.00 g");
  Food oats_food = FoodOf(oats);
  EXPECT_EQ(oats_food.description, "Oats, rolled, dry");
  EXPECT_EQ(oats_food.source, "cronometer");
  EXPECT_NEAR(*oats_food.per_100g.Get("energy"), 376, 1e-9);  // 150.4 kcal in 40 g
  EXPECT_NEAR(*Amount(oats, "magnesium"), 55, 1e-9);
  EXPECT_NEAR(*Amount(oats, "vitamin_b12"), 0, 1e-9);  // a "(µg)" header; 0 is a reported zero
  EXPECT_FALSE(Amount(oats, "folate").has_value());    // not imported: see the note
  EXPECT_TRUE(Noted(*s, "Folate"));
  EXPECT_EQ(mar1[1].meal, Meal::kBreakfast);
  EXPECT_NEAR(*Amount(mar1[1], "energy"), 122, 1e-9);  // "1.00 cup" of milk
  EXPECT_EQ(mar1[2].meal, Meal::kLunch);
  EXPECT_NEAR(*Amount(mar1[2], "energy"), 14, 1e-9);  // "2 x 1 cup" of spinach
  EXPECT_EQ(mar1[3].meal, Meal::kSnacks);                // "Uncategorized"
  EXPECT_FALSE(Amount(mar1[3], "magnesium").has_value());  // water: empty cells are not zeros
  EXPECT_EQ(mar1[4].food_id, mar1[3].food_id);
  EXPECT_TRUE(Noted(*s, "per one of its unit"));
}

TEST_F(CronometerImportTest, TheSameFoodOnTwoDaysIsOneFoodAndTheNextImportReusesIt) {
  auto s = Cronometer({Data("cronometer/servings.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  const DiaryEntry oats1 = EntriesOn(kMar1)[0];
  const DiaryEntry oats2 = EntriesOn(kMar2)[0];
  EXPECT_EQ(oats1.food_id, oats2.food_id);
  EXPECT_EQ(oats2.grams, Grams(80));
  const std::int64_t foods = s->foods;
  // The same export with one more day: no food is created again.
  std::ifstream in(Data("cronometer/servings.csv"), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  bytes += "2026-03-03,7:00 AM,Breakfast,\"Oats, rolled, dry\",40.00 g,150.4,3.5,0,12,0,0,0,21,1.7,55,2,23.2,27.2,"
           "4,2.6,5.3,,Cereals\n";
  auto again = Cronometer({Write("servings.csv", bytes)});
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(again->foods, 0);
  EXPECT_GT(foods, 0);
  EXPECT_EQ(EntriesOn(CivilDate{2026, 3, 3}).at(0).food_id, oats1.food_id);
  EXPECT_EQ(EntriesOn(kMar1).size(), 5u);  // replaced, not doubled
}

TEST_F(CronometerImportTest, AQuickAddCalorieRowIsOneServingAndARowWithoutAFoodNameIsSkipped) {
  auto s = Cronometer({Data("cronometer/servings.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto mar2 = EntriesOn(kMar2);
  ASSERT_EQ(mar2.size(), 3u);  // oats, salmon, the "Calorie" row; the nameless row skipped
  const DiaryEntry& calorie = mar2.back();
  EXPECT_EQ(FoodOf(calorie).description, "Calorie");
  EXPECT_NEAR(*Amount(calorie, "energy"), 250, 1e-9);
  EXPECT_EQ(calorie.grams, Grams(100));
  EXPECT_TRUE(Skipped(*s, "no Food Name"));
  const DiaryEntry& salmon = mar2[1];
  EXPECT_NEAR(salmon.grams.value(), 6 * 28.349523125, 1e-9);
  EXPECT_NEAR(*Amount(salmon, "energy"), 351, 1e-9);
}

TEST_F(CronometerImportTest, HeadersInMcgOrWithEitherMicroSignMeanMicrograms) {
  auto s = Cronometer({Data("cronometer/servings_no_time_mcg.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto day = EntriesOn(CivilDate{2026, 3, 3});
  ASSERT_EQ(day.size(), 1u);
  EXPECT_NEAR(*Amount(day[0], "vitamin_b12"), 0.6, 1e-9);
  EXPECT_NEAR(*Amount(day[0], "selenium"), 15.4, 1e-9);
}

TEST_F(CronometerImportTest, ADailySummaryFillsOnlyTheDaysTheServingsLack) {
  auto s = Cronometer({Data("cronometer/dailysummary.csv"), Data("cronometer/servings.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto feb28 = EntriesOn(kFeb28);
  ASSERT_EQ(feb28.size(), 1u);
  EXPECT_NEAR(*Amount(feb28[0], "energy"), 1850, 1e-9);
  EXPECT_NEAR(*Amount(feb28[0], "magnesium"), 280, 1e-9);
  double mar1_kcal = 0;
  for (const DiaryEntry& e : EntriesOn(kMar1)) mar1_kcal += *Amount(e, "energy");
  EXPECT_LT(mar1_kcal, 9999);  // the servings, not the day's total as well
  EXPECT_TRUE(Noted(*s, "1 day was taken from servings.csv"));
}

TEST_F(CronometerImportTest, WeightsAreConvertedByTheirRowsUnitAndTheFirstOfADayIsKept) {
  auto s = Cronometer({Data("cronometer/biometrics.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto w = Weights();
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].date, kMar1);
  EXPECT_NEAR(w[0].weight.value(), 72.4, 1e-9);
  EXPECT_EQ(w[1].date, kMar2);
  EXPECT_NEAR(w[1].weight.value(), 159.0 * 0.45359237, 1e-9);  // "lbs", a Google Fit reading
  EXPECT_TRUE(Skipped(*s, "a second weight on 2026-03-01"));
  EXPECT_TRUE(Skipped(*s, "\"stone\" is neither kg nor lbs"));
  EXPECT_TRUE(Noted(*s, "Sleep (Garmin)"));
}

TEST_F(CronometerImportTest, ExercisesBurnThePositiveOfTheirNegativeCalories) {
  auto s = Cronometer({Data("cronometer/exercises.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto x = Exercises();
  ASSERT_EQ(x.size(), 3u);  // two identical rides are two rides
  EXPECT_EQ(x[0].description, "Cycling");
  EXPECT_NEAR(x[0].kcal.value(), 250, 1e-9);
  EXPECT_EQ(x[2].description, "Walking, brisk");
  EXPECT_NEAR(x[2].kcal.value(), 160.2, 1e-9);
  EXPECT_NEAR(*x[2].minutes, 35.5, 1e-9);
  EXPECT_TRUE(Skipped(*s, "writes burned energy as negative"));  // "Oops", +120
}

TEST_F(CronometerImportTest, NotesAreReadButNotImportedAndTheSummarySaysSo) {
  auto s = Cronometer({Data("cronometer/notes.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE(Noted(*s, "notes are not imported"));
  EXPECT_EQ(s->files, std::vector<std::string>{"notes.csv"});
  EXPECT_TRUE(Entries().empty());
}

TEST_F(CronometerImportTest, AFileThatIsNoneOfTheFiveIsRejectedAndNothingIsWritten) {
  auto s = Cronometer({Data("cronometer/servings.csv"), Data("mfp/not_mfp.csv")});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not_mfp.csv: not a Cronometer"), std::string::npos) << s.status().message();
  EXPECT_TRUE(Entries().empty());
}

// A file whose write fails leaves the person's data as it was; the files
// written before it stay (history_import_run.h).
TEST_F(CronometerImportTest, TheSameExportTwiceChangesNothing) {
  const std::vector<std::string> all = {Data("cronometer/servings.csv"), Data("cronometer/dailysummary.csv"),
                                        Data("cronometer/biometrics.csv"), Data("cronometer/exercises.csv")};
  auto first = Cronometer(all);
  ASSERT_TRUE(first.ok()) << first.status().message();
  const auto entries = Entries();
  auto second = Cronometer(all);
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_EQ(second->unchanged_files.size(), 4u);
  EXPECT_EQ(second->entries + second->weights + second->exercises + second->foods, 0);
  EXPECT_EQ(Entries().size(), entries.size());
  EXPECT_EQ(Weights().size(), 2u);
  EXPECT_EQ(Exercises().size(), 3u);
}

}  // namespace
}  // namespace platewise
