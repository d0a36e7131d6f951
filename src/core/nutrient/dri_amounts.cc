#include "core/nutrient/dri_amounts.h"

#include <set>

namespace platewise {

NutrientValues WithDriAmounts(const NutrientValues& values) {
  NutrientValues out = values;
  auto retinol = values.Get("retinol");
  auto beta = values.Get("carotene_beta");
  auto alpha = values.Get("carotene_alpha");
  auto crypto = values.Get("cryptoxanthin_beta");
  if (retinol && beta && alpha && crypto) out.Set("vitamin_a_rae", *retinol + *beta / 12 + *alpha / 24 + *crypto / 24);
  if (auto iu = values.Get("vitamin_d_iu")) out.Set("vitamin_d", *iu / kVitaminDIuPerUg);
  if (auto folate = values.Get("folate_total")) out.Set("folate", *folate);
  return out;
}

bool HasFoodData(const std::string& dri_key) {
  static const std::set<std::string> kKeys = {
      "protein",     "carbohydrate", "fiber",      "omega3",           "omega6",        "calcium",
      "iron",        "magnesium",    "phosphorus", "potassium",        "sodium",        "zinc",
      "copper",      "manganese",    "selenium",   "fluoride",         "vitamin_a_rae", "vitamin_c",
      "thiamin",     "riboflavin",   "niacin",     "pantothenic_acid", "vitamin_b6",    "folate",
      "vitamin_b12", "choline",      "vitamin_d",  "vitamin_e",        "vitamin_k",
  };
  return kKeys.count(dri_key) > 0;
}

}  // namespace platewise
