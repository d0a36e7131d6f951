#ifndef PLATEWISE_CORE_PORTS_NUTRIENT_TARGET_OVERRIDES_H_
#define PLATEWISE_CORE_PORTS_NUTRIENT_TARGET_OVERRIDES_H_

#include <string>
#include <vector>

#include "core/diary/diary_entry.h"  // UserId
#include "core/nutrient/target_override.h"
#include "core/status.h"

namespace platewise {

// A person's own nutrient targets (core/nutrient/target_override.h), at
// most one per nutrient key. Stores what it is given: validation is the use
// case's (CheckOverride). Scoped to one owner per call. Thread-safe.
class NutrientTargetOverrides {
 public:
  virtual ~NutrientTargetOverrides() = default;
  // The owner's overrides, by key (ascending); empty at first.
  virtual Result<std::vector<TargetOverride>> List(UserId owner) = 0;
  // Sets the override of o.key, replacing the one there was.
  virtual Status Put(UserId owner, const TargetOverride& o) = 0;
  // Removes the override of `key`; false when there was none.
  virtual Result<bool> Remove(UserId owner, const std::string& key) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_NUTRIENT_TARGET_OVERRIDES_H_
