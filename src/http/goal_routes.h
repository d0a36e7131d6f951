#ifndef PLATEWISE_HTTP_GOAL_ROUTES_H_
#define PLATEWISE_HTTP_GOAL_ROUTES_H_

// The goals beside the weekly one (core/usecases/goals.h):
//   GET/PUT /api/v1/goal/macros  macro targets, percent of the budget or grams
//   GET/PUT /api/v1/goal/weight  goal weight and date; DELETE clears them

#include "core/usecases/use_case_context.h"
#include "http/router.h"

namespace platewise::http {

void AddGoalRoutes(Router& router, UseCaseContext& ctx);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_GOAL_ROUTES_H_
