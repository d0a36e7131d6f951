#include "core/units/body_units.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/number_text.h"

namespace platewise {
namespace {

constexpr char kHeightForms[] = "5ft6in, 5'6\", 5 ft 6 in, 66in, 168cm or 1.68m";
constexpr char kWeightForms[] = "160lb, 160 lbs, 72.5kg or 11st 6lb";

// One "number unit" pair of the input, the unit lower-cased.
struct Term {
  double number;
  std::string unit;
};

// Splits "5 ft 6in" into {5,"ft"},{6,"in"}. Returns nullopt when the text is
// not a sequence of non-negative numbers each followed by a unit (the last
// may have none: its unit is then "").
std::optional<std::vector<Term>> SplitTerms(std::string_view text) {
  std::vector<Term> terms;
  size_t i = 0;
  auto skip_space = [&] {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  };
  skip_space();
  while (i < text.size()) {
    size_t start = i;
    while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
    if (start == i) return std::nullopt;
    double number = 0;
    auto [end, ec] = std::from_chars(text.data() + start, text.data() + i, number);
    if (ec != std::errc() || end != text.data() + i || !std::isfinite(number)) return std::nullopt;
    skip_space();
    std::string unit;
    while (i < text.size() && (std::isalpha(static_cast<unsigned char>(text[i])) || text[i] == '\'' || text[i] == '"')) {
      unit += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      ++i;
      // A quote mark is a whole unit on its own ('' is the inch mark too).
      if (unit == "\"" || (unit == "'" && (i >= text.size() || text[i] != '\''))) break;
    }
    // Only the last number may lack a unit ("5'6", "11st 6"): callers decide
    // whether that is allowed.
    if (unit.empty() && i < text.size()) return std::nullopt;
    terms.push_back({number, unit});
    skip_space();
  }
  if (terms.empty()) return std::nullopt;
  return terms;
}

bool IsOneOf(const std::string& unit, std::initializer_list<const char*> names) {
  for (const char* n : names)
    if (unit == n) return true;
  return false;
}

bool IsFeet(const std::string& u) { return IsOneOf(u, {"ft", "foot", "feet", "'"}); }
bool IsInches(const std::string& u) { return IsOneOf(u, {"in", "inch", "inches", "\"", "''"}); }
bool IsPounds(const std::string& u) { return IsOneOf(u, {"lb", "lbs", "pound", "pounds"}); }
bool IsStones(const std::string& u) { return IsOneOf(u, {"st", "stone", "stones"}); }

Status Unreadable(const char* what, std::string_view text, const char* forms) {
  return Status::InvalidArgument(std::string("cannot read ") + what + " \"" + std::string(text) +
                                 "\": use a form like " + forms);
}

}  // namespace

Result<Centimeters> ParseHeight(std::string_view text) {
  auto terms = SplitTerms(text);
  if (!terms) return Unreadable("height", text, kHeightForms);
  const auto& t = *terms;
  std::optional<double> cm;
  if (t.size() == 1 && IsOneOf(t[0].unit, {"cm", "cms"})) {
    cm = t[0].number;
  } else if (t.size() == 1 && IsOneOf(t[0].unit, {"m"})) {
    cm = t[0].number * 100;
  } else if (t.size() == 1 && IsFeet(t[0].unit)) {
    cm = t[0].number * 12 * kCmPerInch;
  } else if (t.size() == 1 && IsInches(t[0].unit)) {
    cm = t[0].number * kCmPerInch;
  } else if (t.size() == 2 && IsFeet(t[0].unit) && (IsInches(t[1].unit) || t[1].unit.empty())) {
    if (t[1].number >= 12) {
      return Status::InvalidArgument("cannot read height \"" + std::string(text) +
                                     "\": inches after feet must be below 12; use a form like " +
                                     kHeightForms);
    }
    cm = (t[0].number * 12 + t[1].number) * kCmPerInch;
  }
  if (!cm) return Unreadable("height", text, kHeightForms);
  if (*cm < kMinHeightCm || *cm > kMaxHeightCm) {
    return Status::InvalidArgument("height \"" + std::string(text) +
                                   "\" is not a plausible human height (50-250 cm, 1ft8in-8ft2in)");
  }
  return Centimeters(*cm);
}

Result<Kilograms> ParseWeight(std::string_view text) {
  auto terms = SplitTerms(text);
  if (!terms) return Unreadable("weight", text, kWeightForms);
  const auto& t = *terms;
  std::optional<double> kg;
  if (t.size() == 1 && IsOneOf(t[0].unit, {"kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"})) {
    kg = t[0].number;
  } else if (t.size() == 1 && IsPounds(t[0].unit)) {
    kg = t[0].number * kGramsPerPound / 1000;
  } else if (t.size() == 1 && IsStones(t[0].unit)) {
    kg = t[0].number * 14 * kGramsPerPound / 1000;
  } else if (t.size() == 2 && IsStones(t[0].unit) && (IsPounds(t[1].unit) || t[1].unit.empty())) {
    if (t[1].number >= 14) {
      return Status::InvalidArgument("cannot read weight \"" + std::string(text) +
                                     "\": pounds after stones must be below 14; use a form like " +
                                     kWeightForms);
    }
    kg = (t[0].number * 14 + t[1].number) * kGramsPerPound / 1000;
  }
  if (!kg) return Unreadable("weight", text, kWeightForms);
  if (*kg < kMinWeightKg || *kg > kMaxWeightKg) {
    return Status::InvalidArgument("weight \"" + std::string(text) +
                                   "\" is not a plausible human weight (20-450 kg, 44-992 lb)");
  }
  return Kilograms(*kg);
}

namespace {

std::string RangeMessage(double given, double low, double high, const std::string& what,
                         const std::function<std::string(double)>& text) {
  if (given < low) return text(given) + " is less than " + what + " can be (" + text(low) + ")";
  return text(given) + " is more than " + what + " can be (" + text(high) + ")";
}

}  // namespace

std::string WeightRangeMessage(Kilograms given, DisplayUnits units) {
  const bool lb = units == DisplayUnits::kImperial;
  auto text = [lb](double kg) {
    return lb ? FormatGrouped(kg * 1000 / kGramsPerPound, 1) + " lb" : FormatGrouped(kg, 1) + " kg";
  };
  return RangeMessage(given.value(), kMinWeightKg, kMaxWeightKg, "a weight", text);
}

std::string HeightRangeMessage(Centimeters given, DisplayUnits units) {
  auto text = [units](double cm) {
    if (units != DisplayUnits::kImperial) return FormatGrouped(cm, 1) + " cm";
    const double inches = std::round(cm / kCmPerInch);
    return FormatGrouped(std::floor(inches / 12), 0) + " ft " + FormatGrouped(std::fmod(inches, 12), 0) + " in";
  };
  return RangeMessage(given.value(), kMinHeightCm, kMaxHeightCm, "a height", text);
}

}  // namespace platewise
