#include "core/account/profile_settings.h"

namespace platewise {

const char* DisplayUnitsName(DisplayUnits units) { return units == DisplayUnits::kImperial ? "imperial" : "metric"; }

Result<DisplayUnits> ParseDisplayUnits(std::string_view text) {
  if (text == "metric") return DisplayUnits::kMetric;
  if (text == "imperial") return DisplayUnits::kImperial;
  return Status::InvalidArgument("unknown units \"" + std::string(text) + "\": use imperial or metric");
}

int AgeInYears(const CivilDate& birth, const CivilDate& today) {
  int age = today.year - birth.year;
  if (today.month < birth.month || (today.month == birth.month && today.day < birth.day)) --age;
  return age;
}

}  // namespace platewise
