#ifndef PLATEWISE_HTTP_PROFILE_ROUTES_H_
#define PLATEWISE_HTTP_PROFILE_ROUTES_H_

// The user's profile, calorie goal and today (shapes in json/diary_json.h,
// json/goal_json.h):
//   GET /api/v1/profile   -> profile; 404 until set
//   PUT /api/v1/profile   {sex,birth_date,height_cm,weight_kg,activity,weekly_goal_lb,units,time_zone}
//                         -> 200 profile; 422 naming the bad field
//   GET /api/v1/goal      -> the calorie goal for the profile; 404 until set
//   GET /api/v1/today     -> {"date":"2026-12-01","time_zone":"Europe/Berlin"}: the user's today,
//                            in the profile's time zone (UTC without one); the web app's "today"

#include "core/usecases/use_case_context.h"
#include "http/router.h"

namespace platewise::http {

// `ctx` must outlive the router.
void AddProfileRoutes(Router& router, UseCaseContext& ctx);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_PROFILE_ROUTES_H_
