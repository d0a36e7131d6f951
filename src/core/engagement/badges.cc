#include "core/engagement/badges.h"

#include <algorithm>
#include <functional>
#include <map>

#include "core/diary/remaining_kcal.h"

namespace platewise {
namespace {

using DayTest = std::function<bool(const LoggedDay&)>;

struct RunResult {
  std::optional<CivilDate> reached;  // the day a run of qualifying days first reached `goal`
  int current = 0;                   // the run ending today (or yesterday, if today is not logged)
};

// Walks the days in date order, counting runs of consecutive calendar days
// that pass `test`.
RunResult Runs(const std::vector<LoggedDay>& sorted, const DayTest& test, int goal, const CivilDate& today) {
  RunResult r;
  int run = 0;
  long last = 0;
  for (const LoggedDay& d : sorted) {
    long n = DayNumber(d.date);
    if (!test(d)) {
      run = 0;
      continue;
    }
    run = (run > 0 && n == last + 1) ? run + 1 : 1;
    last = n;
    if (run >= goal && !r.reached) r.reached = d.date;
  }
  long t = DayNumber(today);
  if (run > 0 && (last == t || last == t - 1)) r.current = run;
  return r;
}

BadgeStatus Make(std::string key, std::string name, std::string description, const RunResult& run, int goal) {
  return {std::move(key), std::move(name), std::move(description), run.reached,
          run.reached ? goal : std::min(run.current, goal), goal};
}

}  // namespace


bool DayCountsUnderBudget(const BadgeInputs& in, const LoggedDay& d) {
  if (!in.budget_kcal || !d.has_food || !d.fully_logged()) return false;
  if (in.floor_kcal && d.eaten_kcal < *in.floor_kcal) return false;
  return RemainingKcal(*in.budget_kcal, d.exercise_kcal, d.eaten_kcal) >= 0;
}

BadgeReport EvaluateBadges(const BadgeInputs& in) {
  std::vector<LoggedDay> days;
  for (const LoggedDay& d : in.days) {
    if (d.date <= in.today) days.push_back(d);  // a day logged ahead does not count yet
  }
  std::sort(days.begin(), days.end(), [](const LoggedDay& a, const LoggedDay& b) { return a.date < b.date; });

  BadgeReport report;
  auto any = [](const LoggedDay&) { return true; };
  RunResult first_food = Runs(days, [](const LoggedDay& d) { return d.has_food; }, 1, in.today);
  if (first_food.reached) first_food.current = 1;
  report.badges.push_back(Make("first-food", "First food logged", "Log your first food.", first_food, 1));
  struct Member { const char* key; const char* name; int days; };
  for (const Member& m : {Member{"bronze-member", "Bronze member", 7}, Member{"silver-member", "Silver member", 30},
                          Member{"gold-member", "Gold member", 100}}) {
    RunResult r = Runs(days, any, m.days, in.today);
    report.streak_days = r.current;
    report.badges.push_back(
        Make(m.key, m.name, "Log something " + std::to_string(m.days) + " days in a row.", r, m.days));
  }
  auto under_budget = [&in](const LoggedDay& d) { return DayCountsUnderBudget(in, d); };
  report.badges.push_back(Make("first-week-under-budget", "First week at or under budget",
                               "Log all your food 7 days in a row (at least 3 meals a day), each day at or under "
                               "your budget (exercise adds to it) and not below your calorie floor.",
                               Runs(days, under_budget, 7, in.today), 7));
  auto magnesium_met = [&in](const LoggedDay& d) {
    return in.magnesium_target_mg && d.magnesium_mg && *d.magnesium_mg >= *in.magnesium_target_mg;
  };
  report.badges.push_back(Make("magnesium-week", "Magnesium week", "Meet your magnesium target 7 days running.",
                               Runs(days, magnesium_met, 7, in.today), 7));
  return report;
}

}  // namespace platewise
