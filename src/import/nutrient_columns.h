#ifndef PLATEWISE_IMPORT_NUTRIENT_COLUMNS_H_
#define PLATEWISE_IMPORT_NUTRIENT_COLUMNS_H_

// Which nutrient of Platewise's catalog (data/usda-sr24/nutrients.csv.gz) a
// column of another app's export holds, and the factor from the column's
// unit to the catalog's: "Magnesium (mg)", "B12 (Cobalamin) (µg)", "Fat (g)",
// MyFitnessPal's unit-less "Cholesterol" (mg) and "Sugar" (g). The unit comes
// from the header's last parenthesis when there is one, else from the
// nutrient's usual unit in that app. A column the catalog has no nutrient
// for, or whose unit does not convert (IU to µg), maps to nothing and the
// importer says it was not imported: never a guess.

#include <optional>
#include <string>
#include <string_view>

namespace platewise {

struct NutrientColumn {
  std::string key;      // the catalog's key: "magnesium"
  double factor = 1;    // catalog amount = column amount × factor
};

// The nutrient of the column `header`, or nullopt (with `why` set to a
// sentence saying why it is not imported, empty for a column that is not a
// nutrient at all).
std::optional<NutrientColumn> NutrientOfColumn(std::string_view header, std::string* why);

// The factor from an amount in unit `from` to unit `to` (catalog amount =
// amount × factor), for unit names as food data writes them, in any case and
// with the micro sign's spellings ("G", "mg", "UG", "µg", "mcg", "KCAL",
// "kJ", "IU"): masses convert to masses and kJ to kcal; nullopt for any
// other pair (IU to µg has no single factor).
std::optional<double> UnitFactor(std::string_view from, std::string_view to);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_NUTRIENT_COLUMNS_H_
