#include "json/day_summary_json.h"

#include <string>

#include "core/food/amount.h"
#include "json/json_writer.h"

namespace platewise {
namespace {

void WriteLine(JsonWriter& w, const SummaryLine& l) {
  w.BeginObject();
  w.Key("id");
  w.Int(l.entry.id);
  w.Key("food_id");
  w.String(l.entry.food_id);
  w.Key("name");
  w.String(l.food_description);
  w.Key("grams");
  w.Number(l.entry.grams.value());
  w.Key("amount");
  w.String(AmountDisplayText(l.entry.amount_text));
  w.Key("energy_kcal");
  w.OptionalNumber(l.energy_kcal);
  w.Key("version");  // the entry's ETag is this in double quotes (If-Match)
  w.Int(l.entry.version);
  w.EndObject();
}

// Keep in step with WaterJson and ExerciseJson (json/diary_json.cc); a test
// compares them.
void WriteWater(JsonWriter& w, const WaterEntry& e) {
  w.BeginObject();
  w.Key("id");
  w.Int(e.id);
  w.Key("date");
  w.String(e.date.ToString());
  w.Key("ml");
  w.Number(e.ml);
  w.EndObject();
}

void WriteExercise(JsonWriter& w, const ExerciseEntry& e) {
  w.BeginObject();
  w.Key("id");
  w.Int(e.id);
  w.Key("date");
  w.String(e.date.ToString());
  w.Key("activity");
  w.String(e.activity);
  w.Key("description");
  w.String(e.description);
  w.Key("minutes");
  w.OptionalNumber(e.minutes);
  w.Key("kcal");
  w.Number(e.kcal.value());
  w.EndObject();
}

void WriteMacro(JsonWriter& w, const char* name, const MacroIntake& m) {
  w.Key(name);
  w.BeginObject();
  w.Key("grams");
  w.OptionalNumber(m.grams);
  w.Key("percent");
  w.OptionalNumber(m.percent);
  w.Key("missing_entries");
  w.Int(m.missing_entries);
  w.Key("target_grams");
  w.Number(m.target.grams);
  w.Key("target_percent");
  w.Number(m.target.percent);
  w.EndObject();
}

void WriteMacros(JsonWriter& w, const std::optional<MacroBreakdown>& macros) {
  w.Key("macros");
  if (!macros) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("unit");
  w.String(MacroUnitName(macros->goal.chosen.unit));
  WriteMacro(w, "protein", macros->protein);
  WriteMacro(w, "carbohydrate", macros->carbohydrate);
  WriteMacro(w, "fat", macros->fat);
  w.Key("notes");
  w.BeginArray();
  for (const std::string& note : macros->goal.notes) w.String(note);
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string DiaryDayJson(const DaySummary& day) {
  JsonWriter w;
  w.BeginObject();
  w.Key("date");
  w.String(day.date.ToString());

  w.Key("meals");
  w.BeginObject();
  for (const auto& [meal, lines] : day.meals) {
    w.Key(MealName(meal));
    w.BeginArray();
    for (const SummaryLine& l : lines) WriteLine(w, l);
    w.EndArray();
  }
  w.EndObject();

  w.Key("totals");
  w.BeginObject();
  for (const auto& key : kDayTotalKeys) {
    w.Key(std::string(key.nutrient) + "_" + key.unit);
    w.OptionalNumber(day.totals.at(key.nutrient).amount);
  }
  w.EndObject();
  w.Key("missing_entries");
  w.BeginObject();
  for (const auto& key : kDayTotalKeys) {
    w.Key(std::string(key.nutrient) + "_" + key.unit);
    w.Int(day.totals.at(key.nutrient).missing_entries);
  }
  w.EndObject();

  w.Key("budget_kcal");
  if (day.goal) w.Number(day.goal->budget.value()); else w.Null();

  w.Key("water");
  w.BeginArray();
  for (const WaterEntry& e : day.water) WriteWater(w, e);
  w.EndArray();
  w.Key("water_ml");
  w.Number(day.water_ml);
  w.Key("exercise");
  w.BeginArray();
  for (const ExerciseEntry& e : day.exercise) WriteExercise(w, e);
  w.EndArray();
  w.Key("exercise_kcal");
  w.Number(day.exercise_kcal);
  w.Key("remaining_kcal");
  w.OptionalNumber(day.remaining_kcal);
  WriteMacros(w, day.macros);
  w.EndObject();
  return w.Take();
}

}  // namespace platewise
