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

void WidenDates(const HistoryBatch& piece, bool& any, CivilDate& first, CivilDate& last) {
  auto see = [&](const CivilDate& d) {
    if (!any || d < first) first = d;
    if (!any || last < d) last = d;
    any = true;
  };
  for (const ImportedEntry& e : piece.entries) see(e.date);
  for (const WeightEntry& w : piece.weights) see(w.date);
  for (const ExerciseEntry& x : piece.exercises) see(x.date);
}

HistoryPieces::HistoryPieces(std::string name, std::string scope, const HistoryFileSink& sink) : sink_(sink) {
  piece_.name = std::move(name);
  piece_.batch.scope = std::move(scope);
}

std::size_t HistoryPieces::Food(ImportedFood food) {
  auto [at, added] = food_index_.emplace(food.key, piece_.batch.foods.size());
  if (added) piece_.batch.foods.push_back(std::move(food));
  return at->second;
}

Status HistoryPieces::RowDone() {
  if (Rows() < kRowsPerPiece) return Status::Ok();
  return HandOn(false);
}

Status HistoryPieces::Finish(std::string file_hash) {
  piece_.batch.file_hash = std::move(file_hash);
  return HandOn(true);
}

Status HistoryPieces::HandOn(bool last) {
  HistoryFile next;
  next.name = piece_.name;
  next.batch.scope = piece_.batch.scope;
  piece_.last = last;
  Status handed = sink_(std::move(piece_));
  piece_ = std::move(next);
  food_index_.clear();
  return handed;
}

}  // namespace platewise
