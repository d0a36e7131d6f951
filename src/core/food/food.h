#ifndef PLATEWISE_CORE_FOOD_FOOD_H_
#define PLATEWISE_CORE_FOOD_FOOD_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/nutrient/nutrient.h"
#include "core/quantity.h"

namespace platewise {

// A household measure of a food: `amount` of `unit` ("1 cup, chopped") weighs
// `grams`.
struct Portion {
  double amount = 1;
  std::string unit;
  Grams grams;
  bool operator==(const Portion&) const = default;
};

// Food ids: a USDA SR food's id is its 5-digit NDB number ("11457"); foods of
// any other source carry a prefix with a letter ("c12" for custom foods), so the
// two can never collide.
inline constexpr char kUsdaSr24Source[] = "usda-sr24";

struct Food {
  std::string id;
  std::string description;  // "Spinach, raw"
  std::string food_group;   // empty when unknown
  std::string source;       // kUsdaSr24Source, "custom", ...
  // Atwater factors, kcal per g; nullopt where the data has none.
  std::optional<double> protein_factor;
  std::optional<double> fat_factor;
  std::optional<double> carbohydrate_factor;
  NutrientValues per_100g;
  std::vector<Portion> portions;  // in the source's order; the first is the default
  std::string brand;    // of a packaged food ("Acme Dairy"); empty for generic foods
  std::string barcode;  // the 14-digit GTIN (core/food/barcode.h); empty when none
  // When the source last changed this food's data, as UTC ISO 8601
  // ("2024-04-01T00:00:00Z": FoodData Central's publication date, Open Food
  // Facts' last_modified_t); empty when the source does not say. An import
  // never replaces a food with data older than the stored one's
  // (FoodRepository::StreamDataset).
  std::string modified;
  bool operator==(const Food&) const = default;
};

// Whether an import keeps the stored data of a food rather than data
// modified at `incoming` (Food::modified): only when both dates are known and
// the stored one is later. ISO 8601 UTC text in one form compares as time.
inline bool StoredFoodIsNewer(const std::string& stored, const std::string& incoming) {
  return !stored.empty() && !incoming.empty() && stored > incoming;
}

// A food's name as lists show it: with its brand, when it has one, so that
// two products of one description tell apart and a query that names the
// brand finds it: "GREEK NONFAT YOGURT, PLAIN (Chobani, LLC)".
inline std::string NameWithBrand(const std::string& description, const std::string& brand) {
  return brand.empty() ? description : description + " (" + brand + ")";
}

// A food shared read-only (foods are large: ~150 nutrient values each, so
// they are passed around by reference, not copied).
using SharedFood = std::shared_ptr<const Food>;
// Foods by id, as the code that sums or shows a user's rows holds them.
using FoodsById = std::map<std::string, SharedFood>;

// Nutrients and foods of one data source, as an importer reads them.
struct FoodDataset {
  std::string source;    // e.g. kUsdaSr24Source
  std::string checksum;  // identifies this exact content (import is skipped if unchanged)
  std::vector<Nutrient> nutrients;
  std::vector<Food> foods;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_FOOD_FOOD_H_
