// platewise log add [--date YYYY-MM-DD] --meal MEAL FOOD_ID AMOUNT
// platewise log exercise [--date YYYY-MM-DD] ACTIVITY MINUTES
// platewise log water [--date YYYY-MM-DD] ML
// platewise log delete ENTRY_ID
// platewise log day [YYYY-MM-DD] [--json]
// The local user's diary, through the same use cases as the API; the date
// defaults to the local user's today (their profile's time zone).

#include <charconv>
#include <cmath>
#include <cstdio>
#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "core/food/amount.h"
#include "core/food/entry_nutrients.h"
#include "core/usecases/day_logs.h"
#include "core/usecases/diary_day.h"
#include "core/usecases/diary_entries.h"
#include "json/day_summary_json.h"

namespace platewise::cli {
namespace {

std::string Kcal(const std::optional<double>& v) {
  if (!v) return "? kcal";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f kcal", *v);
  return buf;
}

// A number given on the command line; InvalidArgument naming `what`.
Result<double> NumberWord(const std::string& text, const char* what) {
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v)) {
    return Status::InvalidArgument(std::string(what) + " \"" + text + "\" is not a number");
  }
  return v;
}

}  // namespace

Status RunLogAdd(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("log add", {"date", "meal"}));
  const auto& pos = ctx.args().positionals();
  if (pos.size() < 2) return Status::InvalidArgument("give a food id and an amount, e.g. 11457 150g");
  auto meal_name = ctx.args().Require("meal");
  if (!meal_name.ok()) return meal_name.status();
  auto meal = ParseMeal(*meal_name);
  if (!meal.ok()) return meal.status();
  std::string amount_text;
  for (size_t i = 1; i < pos.size(); ++i) amount_text += (i > 1 ? " " : "") + pos[i];
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto date = ctx.DateFlagOrToday();
  if (!date.ok()) return date.status();
  auto logged = LogFood(**uc, kLocalUser, *date, *meal, pos[0],
                        [&amount_text](const Food& food) { return ResolveAmount(amount_text, food); });
  if (!logged.ok()) return logged.status();
  const DiaryEntry& e = logged->entry;
  char line[512];
  std::snprintf(line, sizeof line, "Logged %s: %s, %s (%.1f g), %s [entry %lld]\n", MealName(e.meal),
                logged->food->description.c_str(), AmountDisplayText(e.amount_text).c_str(), e.grams.value(),
                Kcal(EntryEnergyKcal(e, *logged->food)).c_str(), static_cast<long long>(e.id));
  ctx.out() << line;
  return Status::Ok();
}

Status RunLogQuick(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("log quick", {"date", "meal", "kcal", "protein", "carbs", "fat", "name"}));
  if (!ctx.args().positionals().empty()) {
    return Status::InvalidArgument("log quick takes flags only, e.g. --meal lunch --kcal 450 --protein 20");
  }
  auto meal_name = ctx.args().Require("meal");
  if (!meal_name.ok()) return meal_name.status();
  auto meal = ParseMeal(*meal_name);
  if (!meal.ok()) return meal.status();
  QuickAdd quick;
  quick.name = ctx.args().Get("name").value_or("");
  // The flags and the nutrient keys they give (grams for the macros).
  const std::pair<const char*, const char*> kFlags[] = {
      {"kcal", "energy"}, {"protein", "protein"}, {"carbs", "carbohydrate"}, {"fat", "fat"}};
  for (const auto& [flag, key] : kFlags) {
    auto text = ctx.args().Get(flag);
    if (!text) continue;
    auto amount = NumberWord(*text, flag);
    if (!amount.ok()) return amount.status();
    quick.nutrients[key] = *amount;
  }
  if (!quick.nutrients.contains("energy")) return Status::InvalidArgument("a quick add needs --kcal");
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto date = ctx.DateFlagOrToday();
  if (!date.ok()) return date.status();
  auto logged = LogQuickAdd(**uc, kLocalUser, *date, *meal, quick);
  if (!logged.ok()) return logged.status();
  const DiaryEntry& e = logged->entry;
  char line[512];
  std::snprintf(line, sizeof line, "Logged %s: %s, %s [entry %lld]\n", MealName(e.meal), logged->food->description.c_str(),
                Kcal(EntryEnergyKcal(e, *logged->food)).c_str(), static_cast<long long>(e.id));
  ctx.out() << line;
  return Status::Ok();
}

Status RunLogExercise(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("log exercise", {"date"}));
  const auto& pos = ctx.args().positionals();
  if (pos.size() != 2) return Status::InvalidArgument("give an activity and its minutes, e.g. walking-brisk 30");
  auto minutes = NumberWord(pos[1], "minutes");
  if (!minutes.ok()) return minutes.status();
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto date = ctx.DateFlagOrToday();
  if (!date.ok()) return date.status();
  ExerciseInput in;
  in.activity = pos[0];
  in.minutes = *minutes;
  auto stored = LogExercise(**uc, kLocalUser, *date, in);
  if (!stored.ok()) return stored.status();
  char line[512];
  std::snprintf(line, sizeof line, "Logged exercise on %s: %s, %g min, %.0f kcal [exercise %lld]\n",
                stored->date.ToString().c_str(), stored->description.c_str(), stored->minutes.value_or(0),
                stored->kcal.value(), static_cast<long long>(stored->id));
  ctx.out() << line;
  return Status::Ok();
}

Status RunLogWater(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("log water", {"date"}));
  const auto& pos = ctx.args().positionals();
  if (pos.size() != 1) return Status::InvalidArgument("give the water in ml, e.g. 250");
  auto ml = NumberWord(pos[0], "ml");
  if (!ml.ok()) return ml.status();
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto date = ctx.DateFlagOrToday();
  if (!date.ok()) return date.status();
  auto stored = LogWater(**uc, kLocalUser, *date, *ml);
  if (!stored.ok()) return stored.status();
  char line[256];
  std::snprintf(line, sizeof line, "Logged water on %s: %g ml [water %lld]\n", stored->date.ToString().c_str(),
                stored->ml, static_cast<long long>(stored->id));
  ctx.out() << line;
  return Status::Ok();
}

Status RunLogDelete(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("log delete", {}));
  const auto& pos = ctx.args().positionals();
  if (pos.size() != 1) return Status::InvalidArgument("give the id of one diary entry");
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(pos[0].data(), pos[0].data() + pos[0].size(), id);
  if (ec != std::errc() || end != pos[0].data() + pos[0].size() || id <= 0) {
    return Status::InvalidArgument("entry id \"" + pos[0] + "\" is not a whole number above 0");
  }
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  PW_RETURN_IF_ERROR(DeleteEntry(**uc, kLocalUser, id));
  ctx.out() << "Deleted diary entry " << id << ".\n";
  return Status::Ok();
}

Status RunLogDay(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("log day", {"json"}));
  const auto& pos = ctx.args().positionals();
  if (pos.size() > 1) return Status::InvalidArgument("give at most one date");
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto date = pos.empty() ? ctx.Today() : ParseCivilDate(pos[0]);
  if (!date.ok()) return date.status();
  auto summary = GetDiaryDay(**uc, kLocalUser, *date);
  if (!summary.ok()) return summary.status();
  const DaySummary& day = *summary;
  if (ctx.args().Has("json")) {
    ctx.out() << nlohmann::json::parse(DiaryDayJson(day)).dump(2) << "\n";
    return Status::Ok();
  }
  ctx.out() << "Diary for " << day.date.ToString() << "\n";
  for (const auto& [meal, lines] : day.meals) {
    ctx.out() << "\n" << MealName(meal) << ":\n";
    if (lines.empty()) ctx.out() << "  (nothing logged)\n";
    for (const SummaryLine& l : lines) {
      char line[512];
      std::snprintf(line, sizeof line, "  %-50s %8.1f g  %-9s [entry %lld]\n", l.food_description.c_str(),
                    l.entry.grams.value(), Kcal(l.energy_kcal).c_str(), static_cast<long long>(l.entry.id));
      ctx.out() << line;
    }
  }
  ctx.out() << "\nTotals:\n";
  for (const auto& key : kDayTotalKeys) {
    const NutrientTotal& t = day.totals.at(key.nutrient);
    char line[256];
    if (t.amount) {
      std::snprintf(line, sizeof line, "  %-14s %8.1f %s", key.nutrient, *t.amount, key.unit);
    } else {
      std::snprintf(line, sizeof line, "  %-14s  unknown", key.nutrient);
    }
    ctx.out() << line;
    if (t.missing_entries > 0) ctx.out() << "  (" << t.missing_entries << " entries not analysed)";
    ctx.out() << "\n";
  }
  char line[256];
  if (!day.exercise.empty()) {
    ctx.out() << "\nExercise:\n";
    for (const ExerciseEntry& e : day.exercise) {
      std::snprintf(line, sizeof line, "  %-50s %8.0f kcal\n", e.description.c_str(), e.kcal.value());
      ctx.out() << line;
    }
  }
  std::snprintf(line, sizeof line, "\nWater %.0f ml\n", day.water_ml);
  ctx.out() << line;
  if (day.goal) {
    std::snprintf(line, sizeof line, "\nBudget %.0f kcal + exercise %.0f kcal - eaten %.0f kcal = remaining %.0f kcal\n",
                  day.goal->budget.value(), day.exercise_kcal, day.totals.at("energy").amount.value_or(0),
                  *day.remaining_kcal);
    ctx.out() << line;
  } else {
    ctx.out() << "\nNo profile set: 'platewise profile set ...' gives a budget.\n";
  }
  return Status::Ok();
}

}  // namespace platewise::cli
