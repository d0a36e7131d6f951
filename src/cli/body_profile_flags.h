#ifndef PLATEWISE_CLI_BODY_PROFILE_FLAGS_H_
#define PLATEWISE_CLI_BODY_PROFILE_FLAGS_H_

// The profile flags shared by `goal` and `profile set`:
//   --sex --age --height --weight --activity --goal
// and the text shown for a calorie goal.

#include <iosfwd>
#include <set>
#include <string>

#include "cli/arguments.h"
#include "core/energy/calorie_goal.h"

namespace platewise::cli {

extern const std::set<std::string> kBodyProfileFlags;

// --sex --age --height --weight, shared by the goal, profile and weight commands.
struct BodyMeasures {
  Sex sex = Sex::kFemale;
  double age_years = 0;
  Centimeters height;
  Kilograms weight;
};
// Every flag is required; errors name the flag or the unreadable value.
Result<BodyMeasures> BodyMeasuresFromFlags(const Arguments& args);

// The measures plus --activity and --goal; every flag is required.
Result<BodyProfile> BodyProfileFromFlags(const Arguments& args);

// A few lines explaining the budget, rounded for display only.
void PrintCalorieGoal(std::ostream& out, const BodyProfile& profile, const CalorieGoal& goal);

}  // namespace platewise::cli

#endif  // PLATEWISE_CLI_BODY_PROFILE_FLAGS_H_
