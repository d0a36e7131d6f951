#include "core/nutrient/target_override.h"

namespace platewise {

const char* TargetSourceName(TargetSource source) {
  switch (source) {
    case TargetSource::kDri:
      return "dri";
    case TargetSource::kDoctor:
      return "doctor";
    case TargetSource::kOwn:
      return "own";
  }
  return "dri";
}

Result<TargetSource> ParseOverrideSource(std::string_view text) {
  if (text == "doctor") return TargetSource::kDoctor;
  if (text == "own") return TargetSource::kOwn;
  return Status::InvalidArgument("source \"" + std::string(text) + "\" must be doctor or own");
}

}  // namespace platewise
