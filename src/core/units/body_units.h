#ifndef PLATEWISE_CORE_UNITS_BODY_UNITS_H_
#define PLATEWISE_CORE_UNITS_BODY_UNITS_H_

// Parsing of body height and weight as people type them. Accepted forms:
//   height: 5ft6in, 5'6", 5'6, 5 ft 6 in, 5ft, 66in, 168cm, 1.68m
//   weight: 160lb, 160 lbs, 72.5kg, 11st 6lb, 11st 6, 11 st
// (a bare number after feet is inches, after stones pounds).
// Case and spaces between number and unit are ignored. A bare number is
// rejected: "160" could be pounds or kilograms. A value outside the plausible
// human range (kMin/kMax below) is rejected. Every error message quotes the
// input and lists the accepted forms.

#include <string>
#include <string_view>

#include "core/account/profile_settings.h"

#include "core/quantity.h"
#include "core/status.h"

namespace platewise {

inline constexpr double kMinHeightCm = 50;
inline constexpr double kMaxHeightCm = 250;
inline constexpr double kMinWeightKg = 20;
inline constexpr double kMaxWeightKg = 450;

Result<Centimeters> ParseHeight(std::string_view text);
Result<Kilograms> ParseWeight(std::string_view text);

// Why a body weight or height outside the range above is refused, in the
// person's units: "2,204.6 lb is more than a weight can be (992 lb)".
std::string WeightRangeMessage(Kilograms given, DisplayUnits units);
std::string HeightRangeMessage(Centimeters given, DisplayUnits units);

}  // namespace platewise

#endif  // PLATEWISE_CORE_UNITS_BODY_UNITS_H_
