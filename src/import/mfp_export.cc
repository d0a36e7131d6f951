#include "import/mfp_export.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <regex>

#include "core/energy/exercise.h"
#include "core/food/quick_add.h"
#include "core/units/body_units.h"
#include "import/export_lines.h"
#include "import/nutrient_columns.h"

namespace platewise {
namespace {

enum class Kind { kNutrition, kMeasurement, kExercise };

struct OpenFile {
  std::string path;
  ExportLines lines;
  CsvHeader header;
  Kind kind;
};

// The % Daily Value columns and the Daily Value that 100% is, in the
// catalog's unit: the US label values before the 2016 rule (FORMATS.md's
// table; MFP does not say which edition, so the one edition is used for all
// four and the entry's name says they are estimates).
struct DailyValue {
  const char* column;
  const char* key;
  double daily_value;
};
constexpr DailyValue kDailyValues[] = {
    {"vitamin a", "vitamin_a_iu", 5000},
    {"vitamin c", "vitamin_c", 60},
    {"calcium", "calcium", 1000},
    {"iron", "iron", 18},
};

std::string Where(const ExportLines& lines, std::int64_t line) { return lines.name() + ":" + std::to_string(line); }

// A nutrient column of the Nutrition-Summary: its index, key and factor (the
// %DV ones: DV / 100).
struct Column {
  std::size_t index;
  std::string key;
  double factor;
  bool daily_value;
};

Status ReadNutrition(OpenFile& f, ImportSummary& summary, const HistoryFileSink& put) {
  const CsvHeader& h = f.header;
  auto date_col = h.Require("Date", f.lines.name());
  auto meal_col = h.Require("Meal", f.lines.name());
  auto kcal_col = h.Require("Calories", f.lines.name());
  if (!date_col.ok()) return date_col.status();
  if (!meal_col.ok()) return meal_col.status();
  if (!kcal_col.ok()) return kcal_col.status();
  const auto time_col = h.Find("Time");
  const auto note_col = h.Find("Note");
  const bool note_last = note_col && *note_col + 1 == h.names().size();
  std::vector<Column> columns;
  for (std::size_t i = 0; i < h.names().size(); ++i) {
    if (i == *date_col || i == *meal_col || (time_col && i == *time_col) || (note_col && i == *note_col)) continue;
    const std::string norm = CsvHeader::Normalise(h.names()[i]);
    bool dv = false;
    for (const DailyValue& d : kDailyValues) {
      if (norm == d.column) {
        columns.push_back({i, d.key, d.daily_value / 100, true});
        dv = true;
      }
    }
    if (dv) continue;
    std::string why;
    auto n = NutrientOfColumn(h.names()[i], &why);
    if (n) {
      columns.push_back({i, n->key, n->factor, false});
    } else {
      summary.notes.push_back(f.lines.name() + ": " +
                              (why.empty() ? "column \"" + h.names()[i] + "\" is not imported" : why));
    }
  }
  if (note_col) summary.notes.push_back(f.lines.name() + ": notes are not imported (Platewise keeps no diary notes)");
  // A record starts with a date. Any date-like start counts ("03/10/2026,":
  // a row whose date is then refused by name), so only text that is no date
  // at all is taken for a note's continuation.
  static const std::regex kStartsWithDate(R"(^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},)");
  // One scope for both layouts: a per-entry export of days a per-meal one
  // brought replaces them, not adds to them.
  HistoryPieces out(f.lines.name(), "mfp:nutrition", put);
  // Row key -> occurrences so far, on the day being read: identical rows of
  // one day (the export sorts by day) each get their own food. Cleared when
  // the day changes, so it holds one day's rows.
  std::map<std::string, int> seen;
  std::optional<CivilDate> seen_day;
  bool any_dv = false;
  while (true) {
    auto next = f.lines.Next();
    if (!next.ok()) return next.status();
    if (!*next) break;
    // An unquoted multi-line note: a line that does not start with a date
    // continues the record before it (its Note, which is not imported).
    if (!std::regex_search(**next, kStartsWithDate)) {
      if (Trim(**next).empty()) continue;
      if (note_col) continue;
      summary.Skip(f.lines.name(), f.lines.line(), "the line does not start with a date");
      continue;
    }
    f.lines.PutBack(std::move(**next));
    auto rec = NextCsvRecord(f.lines);
    if (!rec.ok()) return rec.status();
    CsvRecord& r = **rec;
    if (r.fields.size() > h.names().size() && !note_last) {
      summary.Skip(f.lines.name(), r.line, "the row has more cells than the header");
      continue;
    }
    auto date = ParseDateCell(Field(r, *date_col));
    if (!date.ok()) {
      summary.Skip(f.lines.name(), r.line, date.status().message());
      continue;
    }
    QuickAdd quick;
    bool has_dv = false;
    std::string dv_text;  // the % Daily Values as exported, kept in the entry's amount
    std::string key = date->ToString() + "|" + Field(r, *meal_col) + "|" + (time_col ? Field(r, *time_col) : "");
    for (const Column& c : columns) {
      auto v = ParseNumberCell(Field(r, c.index));
      if (!v.ok()) {
        return Status::InvalidArgument(Where(f.lines, r.line) + ": column \"" + h.names()[c.index] +
                                       "\": " + v.status().message() + " (is this a MyFitnessPal export?)");
      }
      key += "|" + Field(r, c.index);
      if (!*v) continue;
      quick.nutrients[c.key] += **v * c.factor;
      has_dv = has_dv || c.daily_value;
      if (c.daily_value) {
        dv_text += dv_text.empty() ? "; % Daily Value: " : ", ";
        dv_text += h.names()[c.index] + " " + Trim(Field(r, c.index)) + "%";
      }
    }
    if (!quick.nutrients.count("energy")) {
      summary.Skip(f.lines.name(), r.line, "the row has no Calories");
      continue;
    }
    const std::string meal = Trim(Field(r, *meal_col));
    quick.name = (meal.empty() ? std::string("Meal") : meal) + (time_col ? " entry" : " total") + " from MyFitnessPal";
    if (time_col && !Trim(Field(r, *time_col)).empty()) quick.name += " at " + Trim(Field(r, *time_col));
    if (has_dv) quick.name += "; vitamin A, C, calcium, iron estimated from % Daily Value (pre-2016 label values)";
    any_dv = any_dv || has_dv;
    auto food = BuildQuickAddFood(quick);
    if (!food.ok()) {
      summary.Skip(f.lines.name(), r.line, food.status().message());
      continue;
    }
    if (seen_day != *date) {
      seen.clear();
      seen_day = *date;
    }
    const int occurrence = seen[key]++;
    key += '#';
    key += std::to_string(occurrence);
    const std::size_t index = out.Food({key, std::move(*food)});
    out.Entry({*date, MealOfName(meal), index, Grams(kQuickAddGrams), "1 serving" + dv_text});
    PW_RETURN_IF_ERROR(out.RowDone());
  }
  if (any_dv) {
    summary.notes.push_back(f.lines.name() +
                            ": Vitamin A, Vitamin C, Calcium and Iron are % Daily Value in MyFitnessPal's export; "
                            "they were converted with the US label Daily Values before the 2016 rule (5,000 IU, "
                            "60 mg, 1,000 mg, 18 mg), so those amounts are estimates");
  }
  return out.Finish(f.lines.Sha256Hex());
}

// "Exercise" names of the 2025-2026 exports come wrapped in literal quotes.
std::string StripOneQuotePair(std::string s) {
  s = Trim(s);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
  return s;
}

Status ReadExercise(OpenFile& f, ImportSummary& summary, const HistoryFileSink& put) {
  const CsvHeader& h = f.header;
  auto date_col = h.Require("Date", f.lines.name());
  auto name_col = h.Require("Exercise", f.lines.name());
  auto kcal_col = h.Require("Exercise Calories", f.lines.name());
  if (!date_col.ok()) return date_col.status();
  if (!name_col.ok()) return name_col.status();
  if (!kcal_col.ok()) return kcal_col.status();
  const auto minutes_col = h.Find("Exercise Minutes");
  HistoryPieces out(f.lines.name(), "mfp:exercise", put);
  while (true) {
    auto rec = NextCsvRecord(f.lines);
    if (!rec.ok()) return rec.status();
    if (!*rec) break;
    const CsvRecord& r = **rec;
    if (r.fields.size() == 1 && Trim(r.fields[0]).empty()) continue;
    auto date = ParseDateCell(Field(r, *date_col));
    if (!date.ok()) {
      summary.Skip(f.lines.name(), r.line, date.status().message());
      continue;
    }
    const std::string name = StripOneQuotePair(Field(r, *name_col));
    if (AsciiLower(name).find("calorie adjustment") != std::string::npos) {
      summary.Skip(f.lines.name(), r.line, "\"" + name + "\" is a tracker's calorie adjustment, not an exercise");
      continue;
    }
    auto kcal = ParseNumberCell(Field(r, *kcal_col));
    std::optional<double> minutes;
    if (minutes_col) {
      auto m = ParseNumberCell(Field(r, *minutes_col));
      if (m.ok() && *m && **m > 0) minutes = **m;
    }
    if (!kcal.ok() || !*kcal) {
      summary.Skip(f.lines.name(), r.line, "\"" + name + "\" has no Exercise Calories (a strength entry?)");
      continue;
    }
    if (**kcal < 0 || **kcal > kMaxExerciseKcal) {
      summary.Skip(f.lines.name(), r.line, "Exercise Calories " + Field(r, *kcal_col) + " is out of range");
      continue;
    }
    out.Exercise({0, *date, "custom", name.empty() ? "Exercise" : name, minutes, Kcal(**kcal)});
    PW_RETURN_IF_ERROR(out.RowDone());
  }
  return out.Finish(f.lines.Sha256Hex());
}

// `unit_hint`: how the person gives the unit, when the file needs one.
Status ReadMeasurement(OpenFile& f, std::optional<WeightUnit> unit, const std::string& unit_source,
                       const std::string& unit_hint, ImportSummary& summary, const HistoryFileSink& put) {
  const CsvHeader& h = f.header;
  auto date_col = h.Require("Date", f.lines.name());
  auto weight_col = h.Require("Weight", f.lines.name());
  if (!date_col.ok()) return date_col.status();
  if (!weight_col.ok()) return weight_col.status();
  HistoryPieces out(f.lines.name(), "mfp:measurement", put);
  std::map<CivilDate, std::int64_t> dates;  // a line per day weighed
  while (true) {
    auto rec = NextCsvRecord(f.lines);
    if (!rec.ok()) return rec.status();
    if (!*rec) break;
    const CsvRecord& r = **rec;
    if (r.fields.size() == 1 && Trim(r.fields[0]).empty()) continue;
    auto value = ParseNumberCell(Field(r, *weight_col));
    if (value.ok() && !*value) continue;  // a row of other measurements only
    auto date = ParseDateCell(Field(r, *date_col));
    if (!date.ok() || !value.ok()) {
      summary.Skip(f.lines.name(), r.line, !date.ok() ? date.status().message() : "Weight " + value.status().message());
      continue;
    }
    if (!unit) {
      return Status::InvalidArgument(f.lines.name() + ": the file does not say whether weights are in kg or lb; " +
                                     unit_hint);
    }
    const double kg = **value * (*unit == WeightUnit::kPounds ? kKgPerPound : 1.0);
    if (!(kg >= kMinWeightKg && kg <= kMaxWeightKg)) {
      summary.Skip(f.lines.name(), r.line, "weight " + Field(r, *weight_col) + " is out of range");
      continue;
    }
    if (dates.count(*date)) {
      summary.Skip(f.lines.name(), r.line,
                   "a second weight on " + date->ToString() + " (line " + std::to_string(dates[*date]) + "'s is kept)");
      continue;
    }
    dates[*date] = r.line;
    out.Weight({0, *date, Kilograms(kg)});
    PW_RETURN_IF_ERROR(out.RowDone());
  }
  if (!dates.empty()) {
    summary.notes.push_back(f.lines.name() + ": weights read as " +
                            (*unit == WeightUnit::kPounds ? std::string("lb") : std::string("kg")) + unit_source);
  }
  return out.Finish(f.lines.Sha256Hex());
}

}  // namespace

Status ReadMfpExport(const std::vector<std::string>& paths, const HistoryReadOptions& options, ImportSummary& summary,
                     const HistoryFileSink& put) {
  std::vector<OpenFile> files;
  for (const std::string& path : paths) {
    auto csv = OpenCsvFile(path);
    if (!csv.ok()) return csv.status();
    auto& lines = csv->lines;
    CsvHeader& header = csv->header;
    Kind kind;
    if (header.Find("Meal") && header.Find("Calories")) {
      kind = Kind::kNutrition;
    } else if (header.Find("Exercise") && header.Find("Exercise Calories")) {
      kind = Kind::kExercise;
    } else if (header.Find("Date") && header.Find("Weight")) {
      kind = Kind::kMeasurement;
    } else {
      return Status::InvalidArgument(lines.name() +
                                     ": not a MyFitnessPal Nutrition-Summary, Measurement-Summary or "
                                     "Exercise-Summary (no Meal and Calories, Exercise Calories or Weight column)");
    }
    files.push_back({path, std::move(lines), std::move(header), kind});
  }
  // The weight unit: the flag, else the Exercise-Summary's weight column.
  std::optional<WeightUnit> unit = options.weight_unit;
  std::string unit_source = unit ? " (--weight-unit)" : "";
  for (const OpenFile& f : files) {
    if (unit || f.kind != Kind::kExercise) continue;
    if (f.header.Find("Kilograms")) unit = WeightUnit::kKilograms;
    if (f.header.Find("Pounds")) unit = WeightUnit::kPounds;
    if (unit) unit_source = " (the unit of " + f.lines.name() + "'s weight column)";
  }
  for (OpenFile& f : files) {
    PW_RETURN_IF_ERROR(f.kind == Kind::kNutrition ? ReadNutrition(f, summary, put)
                       : f.kind == Kind::kExercise
                           ? ReadExercise(f, summary, put)
                           : ReadMeasurement(f, unit, unit_source, options.weight_unit_hint, summary, put));
    summary.files.push_back(f.lines.name());
  }
  return Status::Ok();
}

}  // namespace platewise
