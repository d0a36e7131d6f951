#include "import/cronometer_export.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "core/energy/exercise.h"
#include "core/food/quick_add.h"
#include "core/food/recipe.h"
#include "core/units/body_units.h"
#include "import/export_lines.h"
#include "import/nutrient_columns.h"

namespace platewise {
namespace {

enum class Kind { kServings, kDailySummary, kBiometrics, kExercises, kNotes };

struct OpenFile {
  ExportLines lines;
  CsvHeader header;
  Kind kind;
};

constexpr char kFoodGroup[] = "Imported from Cronometer";

bool BlankRecord(const CsvRecord& r) { return r.fields.size() == 1 && Trim(r.fields[0]).empty(); }

struct Column {
  std::size_t index;
  NutrientColumn nutrient;
};

// The nutrient columns of a servings or daily summary header (the notes of
// those not imported go to the summary).
std::vector<Column> NutrientColumns(const OpenFile& f, ImportSummary& summary) {
  std::vector<Column> columns;
  for (std::size_t i = 0; i < f.header.names().size(); ++i) {
    std::string why;
    auto n = NutrientOfColumn(f.header.names()[i], &why);
    if (n) {
      columns.push_back({i, *n});
    } else if (!why.empty()) {
      summary.notes.push_back(f.lines.name() + ": " + why);
    }
  }
  return columns;
}

// The row's nutrients (empty cells: not reported, left out); InvalidArgument
// naming the column for a cell that is not a number.
Result<std::map<std::string, double>> RowNutrients(const OpenFile& f, const std::vector<Column>& columns,
                                                   const CsvRecord& r) {
  std::map<std::string, double> out;
  for (const Column& c : columns) {
    auto v = ParseNumberCell(Field(r, c.index));
    if (!v.ok()) return Status::InvalidArgument("column \"" + f.header.names()[c.index] + "\": " + v.status().message());
    if (*v) out[c.nutrient.key] += **v * c.nutrient.factor;
  }
  return out;
}

// A food's key: its name, unit and nutrients per unit (to 6 significant
// digits), so one food logged in one unit is one food however often.
std::string FoodKey(const std::string& name, const std::string& unit, const std::map<std::string, double>& per) {
  std::string key = name + "|" + unit;
  char buf[64];
  for (const auto& [k, v] : per) {
    std::snprintf(buf, sizeof buf, "|%s=%.6g", k.c_str(), v);
    key += buf;
  }
  return key;
}

Status ReadServings(OpenFile& f, std::set<CivilDate>& days, ImportSummary& summary, const HistoryFileSink& put) {
  auto day_col = f.header.Require("Day", f.lines.name());
  auto name_col = f.header.Require("Food Name", f.lines.name());
  auto kcal_col = f.header.Require("Energy (kcal)", f.lines.name());
  if (!day_col.ok()) return day_col.status();
  if (!name_col.ok()) return name_col.status();
  if (!kcal_col.ok()) return kcal_col.status();
  const auto group_col = f.header.Find("Group");
  const auto amount_col = f.header.Find("Amount");
  const std::vector<Column> columns = NutrientColumns(f, summary);
  HistoryPieces out(f.lines.name(), "cronometer:servings", put);
  // The keys of the foods logged in units without grams (a food per key;
  // one person's distinct foods, not the file's rows).
  std::set<std::string> unit_based;
  while (true) {
    auto rec = NextCsvRecord(f.lines);
    if (!rec.ok()) return rec.status();
    if (!*rec) break;
    const CsvRecord& r = **rec;
    if (BlankRecord(r)) continue;
    auto day = ParseDateCell(Field(r, *day_col));
    if (!day.ok()) {
      summary.Skip(f.lines.name(), r.line, day.status().message());
      continue;
    }
    const std::string name = Trim(Field(r, *name_col));
    if (name.empty()) {
      summary.Skip(f.lines.name(), r.line, "the row has no Food Name");
      continue;
    }
    auto totals = RowNutrients(f, columns, r);
    if (!totals.ok()) {
      summary.Skip(f.lines.name(), r.line, totals.status().message());
      continue;
    }
    if (!totals->count("energy")) {
      summary.Skip(f.lines.name(), r.line, "\"" + name + "\" has no Energy (kcal)");
      continue;
    }
    const std::string amount_text = amount_col ? Trim(Field(r, *amount_col)) : "";
    const ServingAmount amount = ParseServingAmount(amount_text);
    // Per one unit of the amount: 100 g for a mass (the food is per 100 g),
    // else one `unit` (the food's "100 g" is one unit: the export gives no
    // grams, and none are guessed; docs/imports.md).
    FoodLabel label;
    label.name = name;
    label.per_serving = true;
    const double units = amount.grams ? *amount.grams / 100 : amount.quantity;
    label.serving_grams = 100;
    for (const auto& [k, v] : *totals) label.nutrients[k] = v / units;
    const std::string unit = amount.grams ? "g" : amount.unit;
    const std::string key = FoodKey(name, unit, label.nutrients);
    // Each row's food, built again (not kept per file): the same key gives
    // the same food, which the piece and then the store keep once.
    auto food = BuildCustomFood(label);
    if (!food.ok()) {
      summary.Skip(f.lines.name(), r.line, food.status().message());
      continue;
    }
    food->source = "cronometer";
    food->food_group = kFoodGroup;
    if (amount.grams) {
      food->portions = {{1, "g", Grams(1)}};
      if (amount.unit != "g") food->portions.insert(food->portions.begin(), {1, amount.unit, Grams(*amount.grams / amount.quantity)});
    } else {
      food->portions = {{1, amount.unit, Grams(100)}};
      unit_based.insert(key);
    }
    const std::size_t index = out.Food({key, std::move(*food)});
    const Meal meal = MealOfName(group_col ? Field(r, *group_col) : "");
    out.Entry({*day, meal, index, Grams(units * 100), amount_text.empty() ? "1 serving" : amount_text});
    days.insert(*day);
    PW_RETURN_IF_ERROR(out.RowDone());
  }
  if (!unit_based.empty()) {
    summary.notes.push_back(f.lines.name() + ": " + CountOf(static_cast<std::int64_t>(unit_based.size()), "food was", "foods were") +
                            " logged in units without grams (cups, pieces): each is kept per one of its unit, as "
                            "exported, not per 100 g");
  }
  return out.Finish(f.lines.Sha256Hex());
}

Status ReadDailySummary(OpenFile& f, const std::set<CivilDate>& serving_days, ImportSummary& summary,
                        const HistoryFileSink& put) {
  auto date_col = f.header.Require("Date", f.lines.name());
  auto kcal_col = f.header.Require("Energy (kcal)", f.lines.name());
  if (!date_col.ok()) return date_col.status();
  if (!kcal_col.ok()) return kcal_col.status();
  const std::vector<Column> columns = NutrientColumns(f, summary);
  HistoryPieces out(f.lines.name(), "cronometer:dailysummary", put);
  std::int64_t covered = 0;
  while (true) {
    auto rec = NextCsvRecord(f.lines);
    if (!rec.ok()) return rec.status();
    if (!*rec) break;
    const CsvRecord& r = **rec;
    if (BlankRecord(r)) continue;
    auto date = ParseDateCell(Field(r, *date_col));
    if (!date.ok()) {
      summary.Skip(f.lines.name(), r.line, date.status().message());
      continue;
    }
    if (serving_days.count(*date)) {
      ++covered;
      continue;
    }
    auto totals = RowNutrients(f, columns, r);
    if (!totals.ok()) {
      summary.Skip(f.lines.name(), r.line, totals.status().message());
      continue;
    }
    if (!totals->count("energy")) {
      summary.Skip(f.lines.name(), r.line, "the day has no Energy (kcal)");
      continue;
    }
    FoodLabel label;
    label.name = "Day total from Cronometer";
    label.nutrients = *totals;
    auto food = BuildCustomFood(label);
    if (!food.ok()) {
      summary.Skip(f.lines.name(), r.line, food.status().message());
      continue;
    }
    food->source = kQuickAddSource;  // a total, not a food: never searched or listed
    food->portions = {{1, "serving", Grams(100)}};
    const std::size_t index = out.Food({FoodKey(date->ToString(), "day", *totals), std::move(*food)});
    out.Entry({*date, Meal::kSnacks, index, Grams(100), "1 serving"});
    PW_RETURN_IF_ERROR(out.RowDone());
  }
  if (covered > 0) {
    summary.notes.push_back(f.lines.name() + ": " + CountOf(covered, "day was", "days were") +
                            " taken from servings.csv, not from the daily totals (both would count it twice)");
  }
  return out.Finish(f.lines.Sha256Hex());
}

Status ReadBiometrics(OpenFile& f, ImportSummary& summary, const HistoryFileSink& put) {
  auto day_col = f.header.Require("Day", f.lines.name());
  auto metric_col = f.header.Require("Metric", f.lines.name());
  auto unit_col = f.header.Require("Unit", f.lines.name());
  auto amount_col = f.header.Require("Amount", f.lines.name());
  for (const auto* c : {&day_col, &metric_col, &unit_col, &amount_col}) {
    if (!c->ok()) return c->status();
  }
  HistoryPieces out(f.lines.name(), "cronometer:biometrics", put);
  std::map<CivilDate, std::int64_t> dates;
  std::map<std::string, std::int64_t> other_metrics;
  while (true) {
    auto rec = NextCsvRecord(f.lines);
    if (!rec.ok()) return rec.status();
    if (!*rec) break;
    const CsvRecord& r = **rec;
    if (BlankRecord(r)) continue;
    const std::string metric = Trim(Field(r, *metric_col));
    if (AsciiLower(metric).rfind("weight", 0) != 0) {
      ++other_metrics[metric];
      continue;
    }
    auto day = ParseDateCell(Field(r, *day_col));
    auto value = ParseNumberCell(Field(r, *amount_col));
    if (!day.ok() || !value.ok() || !*value) {
      summary.Skip(f.lines.name(), r.line,
                   !day.ok() ? day.status().message() : "the weight's Amount \"" + Field(r, *amount_col) + "\" is not a number");
      continue;
    }
    const std::string unit = AsciiLower(Trim(Field(r, *unit_col)));
    double kg;
    if (unit == "kg") {
      kg = **value;
    } else if (unit == "lb" || unit == "lbs") {
      kg = **value * kKgPerPound;
    } else {
      summary.Skip(f.lines.name(), r.line, "weight unit \"" + Field(r, *unit_col) + "\" is neither kg nor lbs");
      continue;
    }
    if (!(kg >= kMinWeightKg && kg <= kMaxWeightKg)) {
      summary.Skip(f.lines.name(), r.line, "weight " + Field(r, *amount_col) + " " + unit + " is out of range");
      continue;
    }
    if (dates.count(*day)) {
      summary.Skip(f.lines.name(), r.line,
                   "a second weight on " + day->ToString() + " (line " + std::to_string(dates[*day]) + "'s is kept)");
      continue;
    }
    dates[*day] = r.line;
    out.Weight({0, *day, Kilograms(kg)});
    PW_RETURN_IF_ERROR(out.RowDone());
  }
  for (const auto& [metric, n] : other_metrics) {
    summary.notes.push_back(f.lines.name() + ": " + CountOf(n, "reading", "readings") + " of \"" + metric +
                            "\" not imported (only weight is)");
  }
  return out.Finish(f.lines.Sha256Hex());
}

Status ReadExercises(OpenFile& f, ImportSummary& summary, const HistoryFileSink& put) {
  auto day_col = f.header.Require("Day", f.lines.name());
  auto name_col = f.header.Require("Exercise", f.lines.name());
  auto kcal_col = f.header.Require("Calories Burned", f.lines.name());
  if (!day_col.ok()) return day_col.status();
  if (!name_col.ok()) return name_col.status();
  if (!kcal_col.ok()) return kcal_col.status();
  const auto minutes_col = f.header.Find("Minutes");
  HistoryPieces out(f.lines.name(), "cronometer:exercises", put);
  while (true) {
    auto rec = NextCsvRecord(f.lines);
    if (!rec.ok()) return rec.status();
    if (!*rec) break;
    const CsvRecord& r = **rec;
    if (BlankRecord(r)) continue;
    auto day = ParseDateCell(Field(r, *day_col));
    auto burned = ParseNumberCell(Field(r, *kcal_col));
    if (!day.ok()) {
      summary.Skip(f.lines.name(), r.line, day.status().message());
      continue;
    }
    if (!burned.ok() || !*burned) {
      summary.Skip(f.lines.name(), r.line, "Calories Burned \"" + Field(r, *kcal_col) + "\" is not a number");
      continue;
    }
    // Cronometer writes energy burned as a negative number.
    const double kcal = -**burned;
    if (kcal < 0 || kcal > kMaxExerciseKcal) {
      summary.Skip(f.lines.name(), r.line, "Calories Burned " + Field(r, *kcal_col) +
                                               " is out of range (Cronometer writes burned energy as negative)");
      continue;
    }
    std::optional<double> minutes;
    if (minutes_col) {
      auto m = ParseNumberCell(Field(r, *minutes_col));
      if (m.ok() && *m && **m > 0) minutes = **m;
    }
    const std::string name = Trim(Field(r, *name_col));
    out.Exercise({0, *day, "custom", name.empty() ? "Exercise" : name, minutes, Kcal(kcal)});
    PW_RETURN_IF_ERROR(out.RowDone());
  }
  return out.Finish(f.lines.Sha256Hex());
}

}  // namespace

ServingAmount ParseServingAmount(std::string_view text) {
  ServingAmount out;
  std::string t = Trim(text);
  const char* begin = t.c_str();
  char* end = nullptr;
  const double q = std::strtod(begin, &end);
  if (end != begin && std::isfinite(q) && q > 0) {
    out.quantity = q;
    t = Trim(std::string_view(end));
    // "2 x 1 cup": two of "1 cup".
    if (t.size() > 2 && (t[0] == 'x' || t[0] == 'X') && t[1] == ' ') {
      std::string rest = Trim(std::string_view(t).substr(2));
      const char* b2 = rest.c_str();
      char* e2 = nullptr;
      const double size = std::strtod(b2, &e2);
      if (e2 != b2 && std::isfinite(size) && size > 0) {
        out.quantity *= size;
        t = Trim(std::string_view(e2));
      }
    }
  }
  // A unit that is only a number ("250 1", as Cronometer writes a quick-add
  // "Calorie" row) says nothing: the row is one serving of its totals.
  if (!t.empty() && t.find_first_not_of("0123456789.") == std::string::npos) {
    out.quantity = 1;
    t.clear();
  }
  out.unit = t.empty() ? "serving" : t;
  static const std::map<std::string, double> kGramsPer = {
      {"g", 1}, {"gram", 1}, {"grams", 1}, {"kg", 1000}, {"oz", 28.349523125}, {"lb", 453.59237}, {"lbs", 453.59237}};
  auto mass = kGramsPer.find(AsciiLower(out.unit));
  if (mass != kGramsPer.end()) out.grams = out.quantity * mass->second;
  return out;
}

Status ReadCronometerExport(const std::vector<std::string>& paths, ImportSummary& summary, const HistoryFileSink& put) {
  std::vector<OpenFile> files;
  for (const std::string& path : paths) {
    auto csv = OpenCsvFile(path);
    if (!csv.ok()) return csv.status();
    auto& lines = csv->lines;
    CsvHeader& header = csv->header;
    Kind kind;
    if (header.Find("Food Name")) {
      kind = Kind::kServings;
    } else if (header.Find("Completed") && header.Find("Date")) {
      kind = Kind::kDailySummary;
    } else if (header.Find("Metric")) {
      kind = Kind::kBiometrics;
    } else if (header.Find("Calories Burned")) {
      kind = Kind::kExercises;
    } else if (header.Find("Note")) {
      kind = Kind::kNotes;
    } else {
      return Status::InvalidArgument(lines.name() +
                                     ": not a Cronometer servings, dailysummary, biometrics, exercises or notes file "
                                     "(no Food Name, Completed, Metric, Calories Burned or Note column)");
    }
    files.push_back({std::move(lines), std::move(header), kind});
  }
  // Servings first: a daily summary fills only the days they lack.
  std::stable_sort(files.begin(), files.end(), [](const OpenFile& a, const OpenFile& b) {
    return (a.kind == Kind::kServings) > (b.kind == Kind::kServings);
  });
  std::set<CivilDate> serving_days;  // a date per day logged: bounded by days, not rows
  for (OpenFile& f : files) {
    Status read = Status::Internal("unread");
    switch (f.kind) {
      case Kind::kServings: read = ReadServings(f, serving_days, summary, put); break;
      case Kind::kDailySummary: read = ReadDailySummary(f, serving_days, summary, put); break;
      case Kind::kBiometrics: read = ReadBiometrics(f, summary, put); break;
      case Kind::kExercises: read = ReadExercises(f, summary, put); break;
      case Kind::kNotes:
        PW_RETURN_IF_ERROR(f.lines.Drain());
        summary.notes.push_back(f.lines.name() + ": notes are not imported (Platewise keeps no diary notes)");
        summary.files.push_back(f.lines.name());
        continue;
    }
    PW_RETURN_IF_ERROR(read);
    summary.files.push_back(f.lines.name());
  }
  return Status::Ok();
}

}  // namespace platewise
