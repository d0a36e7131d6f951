#ifndef PLATEWISE_CORE_NUTRIENT_TARGET_OVERRIDE_H_
#define PLATEWISE_CORE_NUTRIENT_TARGET_OVERRIDE_H_

// A person's own target for one nutrient, in place of the DRI's RDA or AI
// (docs/science.md, section 4, "Your own targets"): a daily amount to aim
// for, optionally a daily upper bound, and where it came from (a doctor's
// advice, or the person's own choice). The DRI values stay beside it: the UL
// is still checked, and a target above the UL is still flagged.

#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace platewise {

// Where a target comes from: the DRI table, a doctor's advice, the person.
enum class TargetSource { kDri, kDoctor, kOwn };
const char* TargetSourceName(TargetSource source);  // "dri", "doctor", "own"
// "doctor" or "own" (a stored override is never "dri"); InvalidArgument otherwise.
Result<TargetSource> ParseOverrideSource(std::string_view text);

struct TargetOverride {
  std::string key;  // a DRI key ("magnesium")
  double amount = 0;                   // a day, in the nutrient's DRI unit
  std::optional<double> upper;         // a day, same unit; nullopt = none
  TargetSource source = TargetSource::kOwn;  // kDoctor or kOwn
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_NUTRIENT_TARGET_OVERRIDE_H_
