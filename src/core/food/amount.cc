#include "core/food/amount.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>

namespace platewise {
namespace {

std::string Lower(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::optional<double> ParseDecimal(std::string_view s) {
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// "1.5", "1/2" or "1 1/2" at the start of `s`; consumes it.
std::optional<double> TakeQuantity(std::string_view& s) {
  size_t i = 0;
  while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.' || s[i] == '/')) ++i;
  std::string_view token = s.substr(0, i);
  if (token.empty()) return std::nullopt;
  std::optional<double> value;
  if (auto slash = token.find('/'); slash != std::string_view::npos) {
    auto num = ParseDecimal(token.substr(0, slash));
    auto den = ParseDecimal(token.substr(slash + 1));
    if (!num || !den || *den == 0) return std::nullopt;
    value = *num / *den;
  } else {
    value = ParseDecimal(token);
  }
  if (!value) return std::nullopt;
  s = Trim(s.substr(i));
  // A mixed number: "1 1/2 cup".
  if (token.find('/') == std::string_view::npos && !s.empty() && std::isdigit(static_cast<unsigned char>(s[0]))) {
    std::string_view rest = s;
    size_t j = 0;
    while (j < rest.size() && !std::isspace(static_cast<unsigned char>(rest[j]))) ++j;
    std::string_view frac = rest.substr(0, j);
    if (frac.find('/') != std::string_view::npos) {
      std::string_view f = frac;
      auto part = TakeQuantity(f);
      if (part && f.empty()) {
        *value += *part;
        s = Trim(rest.substr(j));
      }
    }
  }
  return value;
}

std::optional<double> GramsPerMassUnit(const std::string& unit) {
  if (unit == "g" || unit == "gram" || unit == "grams" || unit == "gm") return 1.0;
  if (unit == "kg" || unit == "kgs" || unit == "kilogram" || unit == "kilograms") return 1000.0;
  if (unit == "oz" || unit == "ounce" || unit == "ounces") return kGramsPerOunce;
  if (unit == "lb" || unit == "lbs" || unit == "pound" || unit == "pounds") return kGramsPerPound;
  return std::nullopt;
}

const Portion* FindPortion(const std::string& unit, const Food& food) {
  auto matches_prefix = [](const std::string& name, const std::string& word) {
    return name.size() > word.size() && name.compare(0, word.size(), word) == 0 &&
           (name[word.size()] == ',' || name[word.size()] == ' ' || name[word.size()] == '(');
  };
  std::string singular = unit.size() > 1 && unit.back() == 's' ? unit.substr(0, unit.size() - 1) : unit;
  for (const std::string& word : {unit, singular}) {
    for (const auto& p : food.portions)
      if (Lower(p.unit) == word) return &p;
    for (const auto& p : food.portions)
      if (matches_prefix(Lower(p.unit), word)) return &p;
  }
  return nullptr;
}

Status Unreadable(std::string_view text) {
  return Status::InvalidArgument("cannot read amount \"" + std::string(text) +
                                 "\": give grams (150g), another mass (1.5 oz, 0.25 lb) "
                                 "or a portion of the food (1 cup, 2 large)");
}

}  // namespace

std::string FormatNumber(double v) {
  // Fixed notation, never "1e+05": the text is shown to people.
  char buf[400];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}


Status ValidateEntryGrams(double grams) {
  if (!std::isfinite(grams) || grams <= 0) {
    return Status::InvalidArgument("amount must be more than 0 g, got " + FormatNumber(grams));
  }
  if (grams > kMaxEntryGrams) {
    return Status::InvalidArgument(FormatGrouped(grams) + " g is more than one entry can hold (" +
                                   FormatGrouped(kMaxEntryGrams) + " g): split it or check for a typo");
  }
  return Status::Ok();
}

Result<ResolvedAmount> ResolveAmount(std::string_view text, const Food& food) {
  std::string_view rest = Trim(text);
  auto quantity = TakeQuantity(rest);
  if (!quantity || rest.empty()) return Unreadable(text);
  std::string unit = Lower(rest);
  if (auto per = GramsPerMassUnit(unit)) {
    double grams = *quantity * *per;
    PW_RETURN_IF_ERROR(ValidateEntryGrams(grams));
    std::string description =
        unit == "g" ? FormatNumber(*quantity) + " g" : FormatNumber(*quantity) + " " + unit;
    return ResolvedAmount{Grams(grams), description};
  }
  const Portion* portion = FindPortion(unit, food);
  if (portion == nullptr) {
    std::string known;
    for (const auto& p : food.portions) known += (known.empty() ? "" : "; ") + FormatNumber(p.amount) + " " + p.unit;
    return Status::InvalidArgument("food " + food.id + " (" + food.description + ") has no portion \"" + unit +
                                   "\"; its portions are: " + (known.empty() ? "none, give grams" : known) +
                                   "; or give grams (150g)");
  }
  double grams = *quantity * portion->grams.value() / portion->amount;
  PW_RETURN_IF_ERROR(ValidateEntryGrams(grams));
  // "2 cup": the quantity counts the portion's unit (grams are per one unit),
  // so "2 x 3 oz" would overstate it; ReadAmountDescription reads it back.
  return ResolvedAmount{Grams(grams), FormatNumber(*quantity) + " " + portion->unit};
}

std::optional<AmountAsGiven> ReadAmountDescription(std::string_view description) {
  auto number = [](std::string_view& s) -> std::optional<double> {
    double v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end == s.data() || !std::isfinite(v) || v <= 0) return std::nullopt;
    s.remove_prefix(static_cast<std::size_t>(end - s.data()));
    return v;
  };
  std::string_view s = description;
  auto amount = number(s);
  if (!amount || !s.starts_with(' ')) return std::nullopt;
  s.remove_prefix(1);
  if (s.starts_with("x ")) {  // written before: "2 x 1 cup" for "2 cup"
    s.remove_prefix(2);
    if (!number(s) || !s.starts_with(' ')) return std::nullopt;
    s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  return AmountAsGiven{*amount, std::string(s)};
}

std::string AmountDisplayText(std::string_view description) {
  auto given = ReadAmountDescription(description);
  if (!given || description.find(" x ") == std::string_view::npos) return std::string(description);
  return FormatNumber(given->amount) + " " + given->unit;
}

}  // namespace platewise
