#ifndef PLATEWISE_CORE_NUTRIENT_INTAKE_ITEM_H_
#define PLATEWISE_CORE_NUTRIENT_INTAKE_ITEM_H_

// One thing a person took in on one day, food or supplement, with the
// absolute amounts it supplied in DRI keys (core/nutrient/dri_amounts.h).
// Supplements are kept apart (`supplement`) because some ULs apply to them
// alone (core/nutrient/dri_table.h, UlScope).

#include <string>

#include "core/diary/diary_entry.h"
#include "core/food/food.h"
#include "core/nutrient/nutrient.h"

namespace platewise {

struct IntakeItem {
  CivilDate date;
  std::string source_id;  // food id, or supplement id
  std::string name;
  bool supplement = false;
  NutrientValues amounts;  // absolute amounts; an absent key is "not analysed"
};

// REQUIRES: food.id == entry.food_id.
IntakeItem FoodIntake(const DiaryEntry& entry, const Food& food);

}  // namespace platewise

#endif  // PLATEWISE_CORE_NUTRIENT_INTAKE_ITEM_H_
