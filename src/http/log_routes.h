#ifndef PLATEWISE_HTTP_LOG_ROUTES_H_
#define PLATEWISE_HTTP_LOG_ROUTES_H_

// Water, exercise and weight (shapes in json/diary_json.h and docs/api.md):
//   POST   /api/v1/diary/{date}/water      {ml} -> 201 water entry
//   DELETE /api/v1/water/{id}              204
//   GET    /api/v1/exercise/activities     {"activities":[{"key","description","met","compendium_code"}]}
//   POST   /api/v1/diary/{date}/exercise   {activity,minutes} (kcal = MET x kg x hours, kg from the
//                                          profile) | {description,kcal[,minutes]} -> 201 exercise entry
//   DELETE /api/v1/exercise/{id}           204
//   POST   /api/v1/weights                 {date,weight_kg} -> 201 weight (one per date: replaces)
//   GET    /api/v1/weights?from=&to=       {"weights":[weight...]} oldest first
//   DELETE /api/v1/weights/{id}            204

#include "core/usecases/use_case_context.h"
#include "http/router.h"

namespace platewise::http {

// `ctx` must outlive the router.
void AddLogRoutes(Router& router, UseCaseContext& ctx);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_LOG_ROUTES_H_
