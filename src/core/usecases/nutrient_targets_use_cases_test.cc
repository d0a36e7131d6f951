// A person's own nutrient targets through the use cases on a real store: the
// report, the shortfall notes, the notifications and the gap suggestions all
// read the one EffectiveTargets, so a doctor's target moves them all.

#include <gtest/gtest.h>

#include "core/food/amount.h"
#include "core/nutrient/nutrient_use_cases.h"
#include "core/testing/fixed_clock.h"
#include "core/usecases/diary_entries.h"
#include "core/usecases/engagement.h"
#include "core/usecases/use_case_test_store.h"

namespace platewise {
namespace {

class NullIndex final : public FoodIndexUpdates {
 public:
  void FoodLogged(UserId, const std::string&) override {}
  void CustomFoodAdded(UserId, const Food&) override {}
  void CustomFoodRemoved(const std::string&) override {}
  void OwnerRemoved(UserId) override {}
};

// Suggests nothing: the gaps it is asked to close are what the tests read.
class NothingSolver final : public DietSolver {
 public:
  Result<DietSolution> Solve(const DietProgram& p) override {
    return DietSolution{std::vector<int>(p.candidates.size(), 0)};
  }
};

DriTable MagnesiumTable() {
  DriRow women{"magnesium", "Magnesium", "mg", LifeStage::kFemale, 31, 51, 265, 320, std::nullopt, 350, false, "",
               std::nullopt};
  auto t = DriTable::Create({women});
  EXPECT_TRUE(t.ok());
  return std::move(*t);
}

class NutrientTargetsUseCasesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    BodyProfile body{Sex::kFemale, 40, Centimeters(165), Kilograms(62), ActivityLevel::kLight, WeeklyGoal{0}};
    ASSERT_TRUE(store_.store().profiles->SaveProfile(user_, body).ok());
    // 500 g of spinach (395 mg magnesium) each day of the week of 2026-11-23.
    for (int d = 23; d <= 29; ++d) {
      auto logged = LogFood(ctx_, user_, CivilDate{2026, 11, d}, Meal::kLunch, "11457",
                            [](const Food& f) { return ResolveAmount("500g", f); });
      ASSERT_TRUE(logged.ok()) << logged.status().message();
    }
  }
  const NutrientReportLine& Magnesium(const NutrientReport& r) {
    for (const NutrientReportLine& l : r.nutrients)
      if (l.target.key == "magnesium") return l;
    ADD_FAILURE() << "no magnesium line";
    return r.nutrients.front();
  }
  Result<NutrientReport> Week() {
    return ReportNutrients(nctx_, user_, CivilDate{2026, 11, 23}, CivilDate{2026, 11, 29}, {});
  }
  bool HasMagnesiumShortfall() {
    auto n = UserNotifications(ctx_, dri_, user_);
    EXPECT_TRUE(n.ok());
    for (const Notification& x : n->all)
      if (x.id == "shortfall:magnesium:2026-11-23") {
        body_ = x.body;
        return true;
      }
    return false;
  }

  testing::UseCaseTestStore store_;
  testing::FixedClock clock_{CivilDate{2026, 12, 1}};
  NullIndex index_;
  UseCaseContext ctx_{store_.store(), clock_, index_};
  DriTable dri_ = MagnesiumTable();
  std::map<std::string, std::string> explanations_;
  NutrientContext nctx_{ctx_, dri_, explanations_};
  UserId user_ = store_.NewUser("a@example.org");
  std::string body_;
};

TEST_F(NutrientTargetsUseCasesTest, ADoctorsTargetMovesTheReportTheNotesTheNotificationsAndTheGaps) {
  ASSERT_EQ(Magnesium(*Week()).status, Adequacy::kAdequate);
  EXPECT_FALSE(HasMagnesiumShortfall()) << "395 mg a day meets the RDA of 320";

  auto set = SetTargetOverride(nctx_, user_, {"magnesium", 500, std::nullopt, TargetSource::kDoctor});
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_EQ(set->goal(), 500);

  auto week = Week();
  ASSERT_TRUE(week.ok());
  const NutrientReportLine& line = Magnesium(*week);
  EXPECT_EQ(line.target.source, TargetSource::kDoctor);
  EXPECT_EQ(line.status, Adequacy::kPossiblyInadequate);
  EXPECT_DOUBLE_EQ(*line.percent, 79.0);
  EXPECT_NE(line.explanation.find("your doctor's target is 500 mg a day"), std::string::npos) << line.explanation;

  EXPECT_TRUE(HasMagnesiumShortfall()) << "the weekly shortfall is against the doctor's 500 mg";
  EXPECT_NE(body_.find("against a target of 500 mg (your doctor's target)"), std::string::npos) << body_;

  NothingSolver solver;
  auto gaps = SuggestForDay(nctx_, solver, user_, CivilDate{2026, 11, 29}, {});
  ASSERT_TRUE(gaps.ok()) << gaps.status().message();
  ASSERT_EQ(gaps->gaps.size(), 1u);
  EXPECT_EQ(gaps->gaps[0].key, "magnesium");
  EXPECT_DOUBLE_EQ(gaps->gaps[0].amount, 105) << "500 mg less the day's 395";

  auto reset = RemoveTargetOverride(nctx_, user_, "magnesium");
  ASSERT_TRUE(reset.ok());
  EXPECT_EQ(reset->goal(), 320);
  EXPECT_EQ(reset->source, TargetSource::kDri);
  EXPECT_EQ(Magnesium(*Week()).status, Adequacy::kAdequate);
  EXPECT_FALSE(HasMagnesiumShortfall());
}

TEST_F(NutrientTargetsUseCasesTest, ARefusedTargetIsNotStored) {
  auto own = SetTargetOverride(nctx_, user_, {"magnesium", 500, std::nullopt, TargetSource::kOwn});
  EXPECT_EQ(own.status().code(), StatusCode::kUnprocessable);
  EXPECT_EQ(own.status().field(), "amount");
  EXPECT_TRUE(store_.store().target_overrides->List(user_)->empty());
  EXPECT_EQ(SetTargetOverride(nctx_, user_, {"iron", 20, std::nullopt, TargetSource::kOwn}).status().code(),
            StatusCode::kNotFound)
      << "no DRI target of that key for this person";
  EXPECT_EQ(RemoveTargetOverride(nctx_, user_, "iron").status().code(), StatusCode::kNotFound);
  UserId nobody = store_.NewUser("b@example.org");
  EXPECT_EQ(SetTargetOverride(nctx_, nobody, {"magnesium", 300, std::nullopt, TargetSource::kOwn}).status().code(),
            StatusCode::kNotFound)
      << "without a profile there is no DRI target to set against";
}

}  // namespace
}  // namespace platewise
