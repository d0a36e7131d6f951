#include "import/off_products.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>

#include "core/food/barcode.h"
#include "core/utc_time.h"
#include "import/export_lines.h"
#include "import/nutrient_columns.h"
#include "import/off_export.h"
#include "import/shared_food_import.h"

namespace platewise {
namespace {

// Open Food Facts nutriment names (without "_100g") and the catalog key each
// is (data/usda-sr24/nutrients.csv.gz). All are grams per 100 g.
struct Mapped {
  const char* name;
  const char* key;
};
constexpr std::array kMapped = {
    Mapped{"proteins", "protein"},
    Mapped{"carbohydrates", "carbohydrate"},
    Mapped{"sugars", "sugars"},
    Mapped{"starch", "starch"},
    Mapped{"fiber", "fiber"},
    Mapped{"fat", "fat"},
    Mapped{"saturated-fat", "fat_saturated"},
    Mapped{"monounsaturated-fat", "fat_monounsaturated"},
    Mapped{"polyunsaturated-fat", "fat_polyunsaturated"},
    Mapped{"trans-fat", "fat_trans"},
    Mapped{"omega-3-fat", "omega3"},
    Mapped{"omega-6-fat", "omega6"},
    Mapped{"cholesterol", "cholesterol"},
    Mapped{"water", "water"},
    Mapped{"caffeine", "caffeine"},
    Mapped{"sodium", "sodium"},
    Mapped{"potassium", "potassium"},
    Mapped{"calcium", "calcium"},
    Mapped{"phosphorus", "phosphorus"},
    Mapped{"iron", "iron"},
    Mapped{"magnesium", "magnesium"},
    Mapped{"zinc", "zinc"},
    Mapped{"copper", "copper"},
    Mapped{"manganese", "manganese"},
    Mapped{"selenium", "selenium"},
    Mapped{"fluoride", "fluoride"},
    Mapped{"vitamin-c", "vitamin_c"},
    Mapped{"vitamin-b1", "thiamin"},
    Mapped{"vitamin-b2", "riboflavin"},
    Mapped{"vitamin-pp", "niacin"},
    Mapped{"pantothenic-acid", "pantothenic_acid"},
    Mapped{"vitamin-b6", "vitamin_b6"},
    Mapped{"vitamin-b12", "vitamin_b12"},
    Mapped{"vitamin-e", "vitamin_e"},
    Mapped{"vitamin-k", "vitamin_k"},
    Mapped{"beta-carotene", "carotene_beta"},
    Mapped{"choline", "choline"},
};

// Nutriments that look like catalog nutrients but are not the same thing.
struct Unmapped {
  const char* name;
  const char* why;
};
constexpr std::array kUnmapped = {
    Unmapped{"alcohol", "Open Food Facts keeps alcohol in % vol, not grams"},
    Unmapped{"vitamin-a", "grams of retinol activity equivalents, which do not convert to the IU Platewise keeps "
                          "vitamin A in"},
    Unmapped{"vitamin-d", "grams, and Platewise keeps vitamin D in IU"},
    Unmapped{"vitamin-b9", "a label's folate is folic acid or dietary folate equivalents, not total folate"},
    Unmapped{"folates", "a label's folate is folic acid or dietary folate equivalents, not total folate"},
    Unmapped{"salt", "Platewise keeps sodium, which the data has beside it"},
};

// Energy by name in the order of preference (../FORMATS §6): energy_100g is
// kJ, never kcal.
struct Energy {
  const char* name;
  const char* unit;
};
constexpr std::array kEnergies = {Energy{"energy-kcal", "kcal"}, Energy{"energy-kj", "kj"}, Energy{"energy", "kj"}};
// Pure fat is about 900 kcal per 100 g; labels rounded per serving reach a
// little more (as import/fdc_foods.cc allows), more is an error in the data.
constexpr double kMostKcal = 950;
constexpr double kMostGrams = 100;  // per 100 g (or ml) of the food
// One serving of more than 5 kg is an error in the data, not a portion.
constexpr double kMostServingGrams = 5000;

bool AllDigits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

std::string Number(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

enum class Measure { kUnknown, kMass, kVolume };

// Whether label text gives a mass ("30 g", "1 cup (240 g)", "500g"), only a
// volume ("8 OZA (240 ml)", "1,5 l", "12 fl oz"), or neither ("1 bottle").
Measure MeasureOf(std::string_view text) {
  const std::string t = AsciiLower(text);
  bool mass = false, volume = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(t[i]))) continue;
    while (i < t.size() && (std::isdigit(static_cast<unsigned char>(t[i])) || t[i] == '.' || t[i] == ',')) ++i;
    while (i < t.size() && t[i] == ' ') ++i;
    std::size_t end = i;
    while (end < t.size() && std::isalpha(static_cast<unsigned char>(t[end]))) ++end;
    std::string word = t.substr(i, end - i);
    if (word == "fl") {
      std::size_t j = end;
      while (j < t.size() && (t[j] == ' ' || t[j] == '.')) ++j;
      if (t.compare(j, 2, "oz") == 0) word = "fl oz";
    }
    if (word == "g" || word == "gr" || word == "gram" || word == "grams" || word == "kg" || word == "mg" ||
        word == "oz" || word == "lb" || word == "lbs") {
      mass = true;
    } else if (word == "ml" || word == "cl" || word == "dl" || word == "l" || word == "lt" || word == "litre" ||
               word == "litres" || word == "liter" || word == "liters" || word == "fl oz") {
      volume = true;
    }
    i = end == i ? i : end - 1;
  }
  return mass ? Measure::kMass : volume ? Measure::kVolume : Measure::kUnknown;
}

bool IsLiquid(const OffProduct& p) {
  if (const std::string unit = AsciiLower(Trim(p.serving_quantity_unit)); !unit.empty()) return unit == "ml";
  const Measure serving = MeasureOf(p.serving_size);
  if (serving != Measure::kUnknown) return serving == Measure::kVolume;
  return MeasureOf(p.quantity) == Measure::kVolume;
}

// "fr:Laits concentrés" (a category without an English name) → "Laits concentrés".
std::string FoodGroup(const std::string& main_category) {
  std::string g = Trim(main_category);
  if (g.size() > 3 && g[2] == ':' && std::islower(static_cast<unsigned char>(g[0])) &&
      std::islower(static_cast<unsigned char>(g[1]))) {
    g = Trim(std::string_view(g).substr(3));
  }
  return g;
}

std::string FirstBrand(const std::string& brands) { return Trim(std::string_view(brands).substr(0, brands.find(','))); }

const OffNumber* Find(const OffProduct& p, std::string_view name) {
  for (const auto& [n, v] : p.per_100g) {
    if (n == name) return &v;
  }
  return nullptr;
}

bool IsEnergy(const std::string& name) {
  for (const Energy& e : kEnergies) {
    if (name == e.name) return true;
  }
  return false;
}

}  // namespace

OffNumber OffNumberOfText(std::string_view text) {
  OffNumber n;
  n.text = Trim(text);
  if (n.text.empty()) return n;
  double v = 0;
  const char* end = n.text.data() + n.text.size();
  const auto r = std::from_chars(n.text.data(), end, v);
  if (r.ec != std::errc() || r.ptr != end || !std::isfinite(v)) {
    n.bad = true;
  } else {
    n.value = v;
  }
  return n;
}

OffNumber OffNumberOf(double value, std::string text) {
  if (!std::isfinite(value)) return OffNumber{std::nullopt, std::move(text), true};
  return OffNumber{value, std::move(text), false};
}

OffProducts::OffProducts(const std::vector<Nutrient>& catalog, ImportSummary& summary, FoodSink put)
    : summary_(summary), put_(std::move(put)) {
  for (const Nutrient& n : catalog) {
    if (n.key == "energy") {
      kcal_factor_ = UnitFactor("kcal", n.unit);
      continue;
    }
    const auto factor = UnitFactor("g", n.unit);
    for (const Mapped& m : kMapped) {
      if (factor && n.key == m.key) targets_[m.name] = Target{n.key, *factor};
    }
  }
}

std::optional<double> OffProducts::Checked(const std::string& name, const OffNumber& n, double factor, double most,
                                           const std::string& limit, const std::string& what,
                                           const OffWhere& where) {
  if (n.bad) {
    Skip(where, what + ": " + name + "_100g \"" + n.text + "\" is not a number; left out");
    return std::nullopt;
  }
  if (!n.value) return std::nullopt;
  const double v = *n.value * factor;
  if (v < 0) {
    Skip(where, what + ": " + name + "_100g " + n.text + " is negative; left out");
    return std::nullopt;
  }
  if (v > most) {
    Skip(where, what + ": " + name + "_100g " + n.text + " is more than " + limit + "; left out");
    return std::nullopt;
  }
  return v;
}

void OffProducts::SetEnergy(const OffProduct& product, Food& food, const std::string& what, const OffWhere& where) {
  if (!kcal_factor_) return;
  for (const Energy& e : kEnergies) {
    const OffNumber* n = Find(product, e.name);
    if (n == nullptr) continue;
    const std::optional<double> to_kcal = UnitFactor(e.unit, "kcal");
    auto kcal = Checked(e.name, *n, *to_kcal, kMostKcal, Number(kMostKcal) + " kcal per 100 g (more than pure fat has)",
                        what, where);
    if (!kcal) continue;  // the next energy, if any, is used
    food.per_100g.Set("energy", *kcal * *kcal_factor_);
    return;
  }
}

Status OffProducts::Add(const OffProduct& product, const OffWhere& where) {
  const std::string code = Trim(product.code);
  if (code.empty()) return SkipProduct(where, "the product has no code");
  if (!AllDigits(code)) return SkipProduct(where, "code \"" + code + "\" is not digits");
  const std::string name = Trim(product.product_name);
  if (name.empty()) return SkipProduct(where, "product " + code + " has no product_name");
  const std::string what = "product " + code + " (" + name + ")";

  Food food;
  bool no_barcode = false;
  food.id = "off:" + code;
  food.source = kOpenFoodFactsSource;
  food.description = name;
  food.brand = FirstBrand(product.brands);
  food.food_group = FoodGroup(product.main_category);
  auto gtin = NormalizeBarcode(code);
  if (gtin.ok() && !IsRestrictedCirculation(*gtin)) {
    food.barcode = *gtin;
  } else {
    no_barcode = true;
  }

  SetEnergy(product, food, what, where);
  for (const auto& [nutriment, n] : product.per_100g) {
    if (!n.value && !n.bad) continue;  // not written
    if (IsEnergy(nutriment)) {
      if (!kcal_factor_) ++not_imported_[nutriment];
      continue;
    }
    auto target = targets_.find(nutriment);
    if (target == targets_.end()) {
      ++not_imported_[nutriment];
      continue;
    }
    const std::string& key = target->second.key;
    auto grams = Checked(nutriment, n, 1, kMostGrams, "100 g per 100 g", what, where);
    if (grams && !food.per_100g.Get(key)) food.per_100g.Set(key, *grams * target->second.factor);
  }
  if (food.per_100g.all().empty()) return SkipProduct(where, what + " has no nutrition values Platewise keeps");

  const OffNumber& serving = product.serving_quantity;
  if (serving.bad || (serving.value && (*serving.value < 0 || *serving.value > kMostServingGrams))) {
    Skip(where, what + ": serving_quantity \"" + serving.text + "\" is not a serving in grams; no serving portion");
  } else if (serving.value && *serving.value > 0) {
    const std::string text = Trim(product.serving_size);
    food.portions.push_back(Portion{.amount = 1,
                                    .unit = text.empty() ? "serving" : "serving (" + text + ")",
                                    .grams = Grams(*serving.value)});
  }
  const OffNumber& t = product.last_modified_t;
  // Up to the year 9999, so that the text compares as time.
  if (t.value && *t.value >= 0 && *t.value < 253402300800.0) {
    food.modified = UtcTimestamp(static_cast<std::int64_t>(*t.value) * 1000, /*with_milliseconds=*/false);
  }
  if (IsLiquid(product)) ++liquids_;
  if (no_barcode && ++no_barcode_ == 1) no_barcode_example_ = code;
  return put_(food);
}

void OffProducts::Finish() {
  if (no_barcode_ > 0) {
    summary_.notes.push_back(CountOf(no_barcode_, "product is", "products are") +
                             " kept without a barcode: the code is no GTIN, or a number a store or company "
                             "assigns itself (e.g. " + no_barcode_example_ + ")");
  }
  if (liquids_ > 0) {
    summary_.notes.push_back(LiquidsNote(liquids_, "product", "Open Food Facts"));
  }
  std::string others;
  for (const auto& [nutriment, n] : not_imported_) {
    const Unmapped* known = nullptr;
    for (const Unmapped& u : kUnmapped) {
      if (nutriment == u.name) known = &u;
    }
    const std::string count = nutriment + "_100g (" + CountOf(n, "product", "products") + ")";
    if (known) {
      summary_.notes.push_back("not imported: " + count + ": " + known->why);
    } else {
      others += (others.empty() ? "" : ", ") + count;
    }
  }
  if (!others.empty()) summary_.notes.push_back("not imported, for want of a nutrient in Platewise's catalog: " + others);
}

}  // namespace platewise
