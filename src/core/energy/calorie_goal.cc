#include "core/energy/calorie_goal.h"

#include <charconv>
#include <cmath>

#include "core/number_text.h"

namespace platewise {
namespace {

struct NamedActivity {
  ActivityLevel level;
  const char* name;
  double factor;
};

constexpr NamedActivity kActivities[] = {
    {ActivityLevel::kSedentary, "sedentary", 1.2},
    {ActivityLevel::kLight, "light", 1.375},
    {ActivityLevel::kModerate, "moderate", 1.55},
    {ActivityLevel::kActive, "active", 1.725},
    {ActivityLevel::kVeryActive, "very-active", 1.9},
};

constexpr char kGoalNames[] =
    "gain-2, gain-1.5, gain-1, gain-0.5, maintain, lose-0.5, lose-1, lose-1.5, lose-2";

std::optional<double> ParseNumber(std::string_view text) {
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

}  // namespace

Result<Sex> ParseSex(std::string_view text) {
  if (text == "female" || text == "f") return Sex::kFemale;
  if (text == "male" || text == "m") return Sex::kMale;
  return Status::InvalidArgument("unknown sex \"" + std::string(text) + "\": use female or male");
}

Result<ActivityLevel> ParseActivityLevel(std::string_view text) {
  for (const auto& a : kActivities)
    if (text == a.name) return a.level;
  return Status::InvalidArgument("unknown activity level \"" + std::string(text) +
                                 "\": use sedentary, light, moderate, active or very-active");
}

Result<WeeklyGoal> WeeklyGoalFromPounds(double lb) {
  if (!std::isfinite(lb) || lb < -2 || lb > 2 || std::fmod(lb * 2, 1.0) != 0) {
    return Status::InvalidArgument("weekly goal " + std::to_string(lb) +
                                   " lb is not one of -2 to 2 in steps of 0.5");
  }
  return WeeklyGoal{lb};
}

Result<WeeklyGoal> ParseWeeklyGoal(std::string_view text) {
  auto bad = [&] {
    return Status::InvalidArgument("unknown weekly goal \"" + std::string(text) + "\": use " + kGoalNames);
  };
  if (text == "maintain") return WeeklyGoal{0};
  double sign = 0;
  std::string_view rest;
  if (text.starts_with("gain-")) {
    sign = 1;
    rest = text.substr(5);
  } else if (text.starts_with("lose-")) {
    sign = -1;
    rest = text.substr(5);
  } else {
    return bad();
  }
  auto n = ParseNumber(rest);
  if (!n || *n <= 0 || *n > 2 || std::fmod(*n * 2, 1.0) != 0) return bad();
  return WeeklyGoal{sign * *n};
}

Result<double> ParseAge(std::string_view text) {
  auto n = ParseNumber(text);
  if (!n) return Status::InvalidArgument("cannot read age \"" + std::string(text) + "\": give years, e.g. 35");
  if (*n < kMinAgeYears || *n > kMaxAgeYears) {
    return Status::InvalidArgument("age " + std::string(text) +
                                   " is outside 18-120 years: the budget formula is for adults");
  }
  return *n;
}

const char* SexName(Sex sex) { return sex == Sex::kMale ? "male" : "female"; }

const char* ActivityLevelName(ActivityLevel level) {
  for (const auto& a : kActivities)
    if (a.level == level) return a.name;
  return "sedentary";
}

double ActivityFactor(ActivityLevel level) {
  for (const auto& a : kActivities)
    if (a.level == level) return a.factor;
  return 1.2;
}

std::string WeeklyGoalName(WeeklyGoal goal) {
  if (goal.lb_per_week == 0) return "maintain";
  double n = std::fabs(goal.lb_per_week);
  std::string amount = std::fmod(n, 1.0) == 0 ? std::to_string(static_cast<int>(n))
                                               : std::to_string(static_cast<int>(n)) + ".5";
  return (goal.lb_per_week > 0 ? "gain-" : "lose-") + amount;
}

Kcal CalorieFloor(Sex sex) { return Kcal(sex == Sex::kMale ? 1500 : 1200); }

namespace {

Kcal GoalAdjustment(WeeklyGoal goal) { return Kcal(goal.lb_per_week * kKcalPerPound / 7); }

std::string Pounds(double lb) {
  std::string text = FormatGrouped(std::fabs(lb), 1);
  return text + (text == "1" ? " pound" : " pounds");
}

// Issue 16: a woman of 4 ft 11 in, 100 lb, 70, sedentary, "lose 2 pounds a
// week" read "Plus 145 kcal a day for your goal" and "you would lose about
// 0.3 lb a week" while the floor made her gain. Says which way the weight
// goes at the floor, and what goal the floor allows.
std::string FloorNote(const BodyProfile& p, const CalorieGoal& g) {
  const std::string floor = FormatGrouped(g.budget.value(), 0);
  std::string note = "Your budget is held at the floor of " + floor +
                     " kcal a day, the least advised without a doctor's supervision. ";
  const double change = std::round(g.weekly_change_lb * 10) / 10;
  if (change > 0) {
    note += "You burn about " + FormatGrouped(g.maintenance.value(), 0) + " kcal a day, less than the floor, so at " +
            floor + " kcal you would gain about " + Pounds(change) + " a week";
  } else if (change == 0) {
    note += "At " + floor + " kcal you would keep about the weight you have";
  } else {
    note += "At " + floor + " kcal you would lose about " + Pounds(change) + " a week";
  }
  note += p.goal.lb_per_week < 0 ? ", not lose " + Pounds(p.goal.lb_per_week) + ". " : ". ";
  if (g.floor_goal && g.floor_goal->lb_per_week < 0) {
    note += "The fastest goal the floor allows is to lose " + Pounds(g.floor_goal->lb_per_week) + " a week (" +
            FormatGrouped((g.maintenance + GoalAdjustment(*g.floor_goal)).value(), 0) + " kcal a day).";
  } else if (g.floor_goal) {
    note += "None of the goals of losing weight fits above the floor; the nearest is to keep your weight (" +
            FormatGrouped(g.maintenance.value(), 0) + " kcal a day).";
  } else {
    note += "No goal of losing or even keeping your weight fits above the floor: to lose weight safely, "
            "ask your doctor or a dietitian, or add activity.";
  }
  return note;
}

}  // namespace

namespace {

// The weekly goal and the floor on a given maintenance.
CalorieGoal GoalOn(const BodyProfile& p, Kcal bmr, Kcal maintenance) {
  CalorieGoal g;
  g.bmr = bmr;
  g.maintenance = maintenance;
  g.goal_adjustment = GoalAdjustment(p.goal);
  Kcal wanted = g.maintenance + g.goal_adjustment;
  Kcal floor = CalorieFloor(p.sex);
  if (wanted < floor) {
    g.budget = floor;
    g.floor_applied = true;
    g.weekly_change_lb = (floor - g.maintenance).value() * 7 / kKcalPerPound;
    for (double lb = -2; lb <= 0; lb += 0.5) {
      if (g.maintenance + GoalAdjustment(WeeklyGoal{lb}) >= floor) {
        g.floor_goal = WeeklyGoal{lb};
        break;
      }
    }
    g.floor_note = FloorNote(p, g);
  } else {
    g.budget = wanted;
    g.weekly_change_lb = p.goal.lb_per_week;
  }
  return g;
}

Kcal FormulaBmr(const BodyProfile& p) {
  return Kcal(10 * p.weight.value() + 6.25 * p.height.value() - 5 * p.age_years + (p.sex == Sex::kMale ? 5 : -161));
}

}  // namespace

CalorieGoal ComputeCalorieGoal(const BodyProfile& p) {
  const Kcal bmr = FormulaBmr(p);
  return GoalOn(p, bmr, Kcal(bmr.value() * ActivityFactor(p.activity)));
}

CalorieGoal ComputeCalorieGoalOn(const BodyProfile& p, Kcal maintenance) {
  CalorieGoal g = GoalOn(p, FormulaBmr(p), maintenance);
  g.adaptive_maintenance = true;
  return g;
}

}  // namespace platewise
