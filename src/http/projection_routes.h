#ifndef PLATEWISE_HTTP_PROJECTION_ROUTES_H_
#define PLATEWISE_HTTP_PROJECTION_ROUTES_H_

// The weight projection of the signed-in user (shape in
// json/weight_projection_json.h, method in docs/weight.md):
//   GET /api/v1/projection[?days=365]  -> 200 projection from the profile, the
//                                         weigh-ins and the diary's daily energy;
//                                         404 until a profile is set; 422 "days"
//                                         unless a whole number from 1 to 3650

#include "http/router.h"
#include "core/usecases/use_case_context.h"

namespace platewise::http {

// `ctx` must outlive the router.
void AddProjectionRoutes(Router& router, UseCaseContext& ctx);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_PROJECTION_ROUTES_H_
