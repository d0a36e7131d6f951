#ifndef PLATEWISE_HTTP_ENGAGEMENT_ROUTES_H_
#define PLATEWISE_HTTP_ENGAGEMENT_ROUTES_H_

// Badges and notifications:
//   GET  /api/v1/badges               {"streak_days","streak_rule","badges":[...]}
//   GET  /api/v1/notifications        {"unread","notifications":[...]}
//   POST /api/v1/notifications/read   {"ids":[...]} marks those read; {} marks all read
// Shapes: json/engagement_json.h.

#include "core/nutrient/dri_table.h"
#include "http/router.h"
#include "core/usecases/use_case_context.h"

namespace platewise::http {

// `dri` gives the magnesium target of the magnesium badge and shortfall notices.
// `ctx` must outlive the router.
void AddEngagementRoutes(Router& router, UseCaseContext& ctx, const DriTable& dri);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_ENGAGEMENT_ROUTES_H_
