#include "core/supplement/supplement.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace platewise {

Result<NutrientValues> ParseNutrientAmounts(std::string_view text) {
  NutrientValues out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view part = text.substr(start, end - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    size_t eq = part.find('=');
    double amount = -1;
    bool ok = eq != std::string_view::npos && eq > 0;
    if (ok) {
      std::string_view number = part.substr(eq + 1);
      auto [p, ec] = std::from_chars(number.data(), number.data() + number.size(), amount);
      ok = !number.empty() && ec == std::errc() && p == number.data() + number.size() && std::isfinite(amount) &&
           amount >= 0;
    }
    if (!ok) {
      return Status::InvalidArgument("nutrient amount \"" + std::string(part) +
                                     "\" must be KEY=AMOUNT with a non-negative number, e.g. magnesium=200");
    }
    out.Set(std::string(part.substr(0, eq)), amount);
    start = end + 1;
  }
  return out;
}

Status ValidateSupplement(const Supplement& s) {
  if (s.name.find_first_not_of(' ') == std::string::npos) return Status::InvalidArgument("a supplement needs a name");
  if (s.unit.find_first_not_of(' ') == std::string::npos) {
    return Status::InvalidArgument("a supplement needs a unit, e.g. tablet or capsule");
  }
  if (s.per_unit.all().empty()) {
    return Status::InvalidArgument("a supplement needs at least one nutrient amount, e.g. magnesium=200");
  }
  for (const auto& [key, amount] : s.per_unit.all()) {
    if (!(amount >= 0) || !std::isfinite(amount)) {
      return Status::InvalidArgument("amount of " + key + " must be a non-negative number");
    }
  }
  return Status::Ok();
}

Status ValidateDoseUnits(double units) {
  if (!(units > 0) || units > kMaxDoseUnits) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "dose %g must be more than 0 and at most 100 units", units);
    return Status::InvalidArgument(buf);
  }
  return Status::Ok();
}

IntakeItem SupplementIntake(const SupplementDose& dose, const Supplement& s) {
  IntakeItem item{dose.date, SupplementSourceId(s.id), s.name, true, {}};
  for (const auto& [key, per_unit] : s.per_unit.all()) item.amounts.Set(key, per_unit * dose.units);
  return item;
}

std::string SupplementSourceId(std::int64_t id) {
  std::string out(1, 's');
  out += std::to_string(id);
  return out;
}

}  // namespace platewise
