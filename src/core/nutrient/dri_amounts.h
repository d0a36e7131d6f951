#ifndef PLATEWISE_CORE_NUTRIENT_DRI_AMOUNTS_H_
#define PLATEWISE_CORE_NUTRIENT_DRI_AMOUNTS_H_

// Food-composition amounts in the keys and units of the DRI table. Most DRI
// keys are SR24 keys; three are derived (docs/science.md, section 4):
//   vitamin_a_rae (ug RAE) = retinol + carotene_beta/12 + carotene_alpha/24
//                            + cryptoxanthin_beta/24; known only when all four
//                            are analysed (a missing carotenoid is not 0)
//   vitamin_d (ug)         = vitamin_d_iu / 40
//   folate (ug DFE)        = folate_total (equal for unfortified foods)

#include <string>

#include "core/nutrient/nutrient.h"

namespace platewise {

inline constexpr double kVitaminDIuPerUg = 40;

// `values` plus the derived keys above (source keys are kept).
NutrientValues WithDriAmounts(const NutrientValues& values);

// True for DRI keys that food-composition data can supply (SR24 has them
// directly or derived); false for iodine, chromium, biotin, ... which no
// bundled food data carries, so intake of them cannot be reported.
bool HasFoodData(const std::string& dri_key);

}  // namespace platewise

#endif  // PLATEWISE_CORE_NUTRIENT_DRI_AMOUNTS_H_
