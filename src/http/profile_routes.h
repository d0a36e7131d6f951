#ifndef PLATEWISE_HTTP_PROFILE_ROUTES_H_
#define PLATEWISE_HTTP_PROFILE_ROUTES_H_

// The user's profile and calorie goal (shapes in json/diary_json.h, json/goal_json.h):
//   GET /api/v1/profile   -> profile; 404 until set
//   PUT /api/v1/profile   {sex,birth_date,height_cm,weight_kg,activity,weekly_goal_lb,units,time_zone}
//                         -> 200 profile; 422 naming the bad field
//   GET /api/v1/goal      -> the calorie goal for the profile; 404 until set

#include <optional>

#include "core/energy/calorie_goal.h"
#include "http/router.h"
#include "core/ports/store.h"

namespace platewise::http {

void AddProfileRoutes(Router& router, Store& store);

// The user's body profile with age_years as of today in their time zone (or
// as stored, for a profile set by the CLI); nullopt when none is set.
Result<std::optional<BodyProfile>> CurrentBodyProfile(Store& store, UserId user);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_PROFILE_ROUTES_H_
