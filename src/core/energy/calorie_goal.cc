#include "core/energy/calorie_goal.h"

#include <charconv>
#include <cmath>

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

CalorieGoal ComputeCalorieGoal(const BodyProfile& p) {
  CalorieGoal g;
  double bmr = 10 * p.weight.value() + 6.25 * p.height.value() - 5 * p.age_years +
               (p.sex == Sex::kMale ? 5 : -161);
  g.bmr = Kcal(bmr);
  g.maintenance = Kcal(bmr * ActivityFactor(p.activity));
  Kcal wanted = g.maintenance + Kcal(p.goal.lb_per_week * kKcalPerPound / 7);
  Kcal floor = CalorieFloor(p.sex);
  if (wanted < floor) {
    g.budget = floor;
    g.floor_applied = true;
    g.weekly_change_lb = (floor - g.maintenance).value() * 7 / kKcalPerPound;
  } else {
    g.budget = wanted;
    g.weekly_change_lb = p.goal.lb_per_week;
  }
  return g;
}

}  // namespace platewise
