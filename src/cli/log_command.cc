// platewise log add [--date YYYY-MM-DD] --meal MEAL FOOD_ID AMOUNT
// platewise log day [YYYY-MM-DD] [--json]

#include <cstdio>
#include <map>
#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "core/diary/day_summary.h"
#include "core/food/amount.h"
#include "core/food/foods_of_entries.h"
#include "json/day_summary_json.h"

namespace platewise::cli {
namespace {

Result<CivilDate> DateOrToday(const AppContext& ctx, const std::optional<std::string>& text) {
  if (!text) return ctx.env().today;
  return ParseCivilDate(*text);
}

std::string Kcal(const std::optional<double>& v) {
  if (!v) return "? kcal";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f kcal", *v);
  return buf;
}

}  // namespace

Status RunLogAdd(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("log add", {"date", "meal"}));
  const auto& pos = ctx.args().positionals();
  if (pos.size() < 2) return Status::InvalidArgument("give a food id and an amount, e.g. 11457 150g");
  auto date = DateOrToday(ctx, ctx.args().Get("date"));
  if (!date.ok()) return date.status();
  auto meal_name = ctx.args().Require("meal");
  if (!meal_name.ok()) return meal_name.status();
  auto meal = ParseMeal(*meal_name);
  if (!meal.ok()) return meal.status();
  std::string amount_text;
  for (size_t i = 1; i < pos.size(); ++i) amount_text += (i > 1 ? " " : "") + pos[i];

  auto store = ctx.OpenStoreWithFoods();
  if (!store.ok()) return store.status();
  auto found = (*store)->foods->GetFood(pos[0]);
  if (!found.ok()) return found.status();
  const SharedFood& food = *found;
  auto amount = ResolveAmount(amount_text, *food);
  if (!amount.ok()) return amount.status();
  DiaryEntry entry{0, *date, *meal, food->id, amount->grams, amount_text};
  auto stored = (*store)->diary->AddEntry(kLocalUser, entry);
  if (!stored.ok()) return stored.status();
  char line[512];
  auto kcal = food->per_100g.Get("energy");
  std::snprintf(line, sizeof line, "Logged %s: %s, %s (%.1f g), %s\n", MealName(*meal), food->description.c_str(),
                amount->description.c_str(), amount->grams.value(),
                Kcal(kcal ? std::optional<double>(*kcal * amount->grams.value() / 100) : std::nullopt).c_str());
  ctx.out() << line;
  return Status::Ok();
}

Status RunLogDay(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("log day", {"json"}));
  const auto& pos = ctx.args().positionals();
  if (pos.size() > 1) return Status::InvalidArgument("give at most one date");
  auto date = DateOrToday(ctx, pos.empty() ? std::nullopt : std::optional<std::string>(pos[0]));
  if (!date.ok()) return date.status();
  auto store = ctx.OpenStoreWithFoods();
  if (!store.ok()) return store.status();
  auto rows = (*store)->diary->GetDay(kLocalUser, *date);
  if (!rows.ok()) return rows.status();
  auto foods = FoodsOfEntries(*(*store)->foods, rows->entries);
  if (!foods.ok()) return foods.status();
  std::optional<CalorieGoal> goal;
  auto profile = (*store)->profiles->GetProfile(kLocalUser);
  if (profile.ok()) {
    goal = ComputeCalorieGoal(*profile);
  } else if (profile.status().code() != StatusCode::kNotFound) {
    return profile.status();
  }
  DaySummary day = SummarizeDay(*date, rows->entries, *foods, goal);
  if (ctx.args().Has("json")) {
    ctx.out() << nlohmann::json::parse(DiaryDayJson(day, rows->water, rows->exercise)).dump(2) << "\n";
    return Status::Ok();
  }
  ctx.out() << "Diary for " << day.date.ToString() << "\n";
  for (const auto& [meal, lines] : day.meals) {
    ctx.out() << "\n" << MealName(meal) << ":\n";
    if (lines.empty()) ctx.out() << "  (nothing logged)\n";
    for (const SummaryLine& l : lines) {
      char line[512];
      std::snprintf(line, sizeof line, "  %-50s %8.1f g  %s\n", l.food_description.c_str(), l.entry.grams.value(),
                    Kcal(l.energy_kcal).c_str());
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
  if (day.goal) {
    char line[256];
    std::snprintf(line, sizeof line, "\nBudget %.0f kcal, eaten %.0f kcal, remaining %.0f kcal\n",
                  day.goal->budget.value(), day.totals.at("energy").amount.value_or(0), *day.remaining_kcal);
    ctx.out() << line;
  } else {
    ctx.out() << "\nNo profile set: 'platewise profile set ...' gives a budget.\n";
  }
  return Status::Ok();
}

}  // namespace platewise::cli
