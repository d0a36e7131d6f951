#ifndef PLATEWISE_CORE_NUTRIENT_EFFECTIVE_TARGETS_H_
#define PLATEWISE_CORE_NUTRIENT_EFFECTIVE_TARGETS_H_

// A person's effective targets: the DRI's, with their own targets
// (core/nutrient/target_override.h) put in (docs/science.md, section 4, "Your
// own targets"). What an override changes: goal() (the amount aimed at: the
// report's percent and status, the shortfall notes and notifications, the
// gaps the suggestions close) and, with an upper bound, a status
// "above-limit" over it. What it does not change: the EAR, RDA, AI, UL and
// CDRR are kept as the table gives them, and the UL is still checked
// against the intake its scope covers.
//
// The use case that reads the overrides of an owner is EffectiveTargets
// (core/nutrient/nutrient_use_cases.h); everything that judges intake goes
// through it.

#include <vector>

#include "core/nutrient/dri_table.h"
#include "core/nutrient/target_override.h"

namespace platewise {

// The largest amount (and upper bound) accepted: ten times the DRI's goal,
// else ten times its UL, else 100,000 in the nutrient's unit.
double MaxOverrideAmount(const NutrientTarget& dri);

// Ok when `o` is a valid override of `dri` (the person's DRI target of the
// same key): amount above 0 and at most MaxOverrideAmount; an upper bound,
// when given, likewise and not below the amount; neither above the UL unless
// the source is kDoctor (a doctor may advise more than the UL; the person
// alone may not). Unprocessable naming "amount", "upper" or "source".
Status CheckOverride(const NutrientTarget& dri, const TargetOverride& o);

// `targets` with each override of one of their keys put in (source,
// personal, personal_upper); overrides of other keys are left out.
std::vector<NutrientTarget> ApplyOverrides(std::vector<NutrientTarget> targets,
                                           const std::vector<TargetOverride>& overrides);

// True when the target aimed at, or the upper bound set, is over the UL:
// the warning that stays beside a doctor's target above it.
bool TargetAboveUl(const NutrientTarget& t);

}  // namespace platewise

#endif  // PLATEWISE_CORE_NUTRIENT_EFFECTIVE_TARGETS_H_
