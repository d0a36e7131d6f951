#ifndef PLATEWISE_JSON_FOOD_JSON_H_
#define PLATEWISE_JSON_FOOD_JSON_H_

// JSON shapes of foods, shared by the API and the CLI's --json output.
//
// Food summary (search results):
//   {"id":"11457","name":"Spinach, raw","food_group":"Vegetables and Vegetable Products",
//    "kcal_per_100g":23.0 | null,
//    "default_portion":{"amount":1.0,"unit":"cup","grams":30.0} | null}
// Food detail: the summary plus
//   "source":"usda-sr24",
//   "atwater":{"protein":2.44|null,"fat":8.37|null,"carbohydrate":3.57|null},
//   "nutrients":[{"key":"magnesium","name":"Magnesium, Mg","unit":"mg","per_100g":79.0|null}, ...]
//     (every nutrient of the catalog, in catalog order; null = not analysed),
//   "portions":[{"amount":1.0,"unit":"cup","grams":30.0}, ...]
// Numbers are unrounded.

#include <nlohmann/json.hpp>
#include <vector>

#include "core/food/food.h"

namespace platewise {

nlohmann::json FoodSummaryJson(const Food& food);
nlohmann::json FoodDetailJson(const Food& food, const std::vector<Nutrient>& catalog);

}  // namespace platewise

#endif  // PLATEWISE_JSON_FOOD_JSON_H_
