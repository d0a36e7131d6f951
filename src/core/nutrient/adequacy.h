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

#include <optional>

#include "core/nutrient/dri_table.h"

namespace platewise {

enum class Adequacy { kLikelyInadequate, kPossiblyInadequate, kAdequate, kCannotJudge, kAboveUl, kAboveCdrr };

const char* AdequacyName(Adequacy a);  // "likely-inadequate", ...

// `mean`: mean daily intake from all sources; `ul_intake`: mean daily intake
// of what the UL's scope covers (e.g. supplements only for magnesium);
// nullopt = unknown.
Adequacy JudgeAdequacy(const NutrientTarget& target, std::optional<double> mean, std::optional<double> ul_intake);

}  // namespace platewise

#endif  // PLATEWISE_CORE_NUTRIENT_ADEQUACY_H_
