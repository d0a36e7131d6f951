#ifndef PLATEWISE_CORE_NUTRIENT_ADEQUACY_H_
#define PLATEWISE_CORE_NUTRIENT_ADEQUACY_H_

// Judging a habitual (multi-day mean) intake against a DRI target
// (docs/science.md, section 4):
//   above-ul             the intake the UL applies to (its scope) is over the UL
//   above-cdrr           the mean is over the chronic disease risk reduction
//                        intake (sodium over 2,300 mg for adults): judged
//                        before adequacy, so it never reads "adequate"
//   likely-inadequate    mean below the EAR
//   possibly-inadequate  mean at or above the EAR but below the RDA (or below
//                        an RDA that has no EAR)
//   adequate             mean at or above the RDA, or at or above the AI
//   cannot-judge         AI-only nutrient below its AI, no target at all, or
//                        no known intake (not analysed is never taken as 0)
//   above-limit          the mean is over the upper bound of the person's own
//                        target (core/nutrient/effective_targets.h)
// With the person's own target (target.personal), after the UL: above-limit
// over its upper bound (in place of the CDRR when one is set), else
// likely-inadequate below the EAR when the target is at or above the EAR
// (a doctor asking for more does not make the EAR's floor go away; a target
// below the EAR does), possibly-inadequate below the target, else adequate.

#include <optional>

#include "core/nutrient/dri_table.h"

namespace platewise {

enum class Adequacy { kLikelyInadequate, kPossiblyInadequate, kAdequate, kCannotJudge, kAboveUl, kAboveCdrr,
                      kAboveLimit };

const char* AdequacyName(Adequacy a);  // "likely-inadequate", ...

// `mean`: mean daily intake from all sources; `ul_intake`: mean daily intake
// of what the UL's scope covers (e.g. supplements only for magnesium);
// nullopt = unknown.
Adequacy JudgeAdequacy(const NutrientTarget& target, std::optional<double> mean, std::optional<double> ul_intake);

}  // namespace platewise

#endif  // PLATEWISE_CORE_NUTRIENT_ADEQUACY_H_
