#include "import/history_file.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <regex>

#include "import/export_lines.h"

namespace platewise {

Result<std::optional<double>> ParseNumberCell(std::string_view text) {
  std::string t = Trim(text);
  if (t.empty()) return std::optional<double>();
  // Only a cell with a comma can be grouped: the regex is not paid for the
  // millions of plain numbers of a food-composition file.
  static const std::regex kGrouped(R"(-?\d{1,3}(,\d{3})+(\.\d+)?)");
  if (t.find(',') != std::string::npos && std::regex_match(t, kGrouped)) {
    t.erase(std::remove(t.begin(), t.end(), ','), t.end());
  }
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size() || !std::isfinite(v)) {
    std::string m = "\"";
    m += text;
    m += "\" is not a number";
    return Status::InvalidArgument(std::move(m));
  }
  return std::optional<double>(v);
}

Result<CivilDate> ParseDateCell(std::string_view text) {
  auto date = ParseCivilDate(Trim(text));
  if (!date.ok()) {
    std::string m = "\"";
    m += text;
    m += "\" is not a date (YYYY-MM-DD)";
    return Status::InvalidArgument(std::move(m));
  }
  return *date;
}

Meal MealOfName(std::string_view name) {
  std::string n(name);
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
  if (n.find("breakfast") != std::string::npos) return Meal::kBreakfast;
  if (n.find("lunch") != std::string::npos) return Meal::kLunch;
  if (n.find("dinner") != std::string::npos || n.find("supper") != std::string::npos) return Meal::kDinner;
  return Meal::kSnacks;
}

void SetBatchDates(HistoryBatch& b) {
  bool any = false;
  auto see = [&](const CivilDate& d) {
    if (!any || d < b.first) b.first = d;
    if (!any || b.last < d) b.last = d;
    any = true;
  };
  for (const ImportedEntry& e : b.entries) see(e.date);
  for (const WeightEntry& w : b.weights) see(w.date);
  for (const ExerciseEntry& x : b.exercises) see(x.date);
}

}  // namespace platewise
