#include "core/nutrient/adequacy.h"

namespace platewise {

const char* AdequacyName(Adequacy a) {
  switch (a) {
    case Adequacy::kLikelyInadequate:
      return "likely-inadequate";
    case Adequacy::kPossiblyInadequate:
      return "possibly-inadequate";
    case Adequacy::kAdequate:
      return "adequate";
    case Adequacy::kCannotJudge:
      return "cannot-judge";
    case Adequacy::kAboveUl:
      return "above-ul";
    case Adequacy::kAboveCdrr:
      return "above-cdrr";
    case Adequacy::kAboveLimit:
      return "above-limit";
  }
  return "cannot-judge";
}

Adequacy JudgeAdequacy(const NutrientTarget& t, std::optional<double> mean, std::optional<double> ul_intake) {
  if (t.ul && ul_intake && *ul_intake > *t.ul) return Adequacy::kAboveUl;
  if (!mean) return Adequacy::kCannotJudge;
  if (t.personal) {
    if (t.personal_upper) {
      if (*mean > *t.personal_upper) return Adequacy::kAboveLimit;
    } else if (t.cdrr && *mean > *t.cdrr) {
      return Adequacy::kAboveCdrr;
    }
    if (t.ear && *t.personal >= *t.ear && *mean < *t.ear) return Adequacy::kLikelyInadequate;
    return *mean < *t.personal ? Adequacy::kPossiblyInadequate : Adequacy::kAdequate;
  }
  if (t.cdrr && *mean > *t.cdrr) return Adequacy::kAboveCdrr;
  if (t.ear && *mean < *t.ear) return Adequacy::kLikelyInadequate;
  if (t.rda) return *mean < *t.rda ? Adequacy::kPossiblyInadequate : Adequacy::kAdequate;
  if (t.ai) return *mean >= *t.ai ? Adequacy::kAdequate : Adequacy::kCannotJudge;
  return Adequacy::kCannotJudge;
}

}  // namespace platewise
