#ifndef PLATEWISE_HTTP_EXPORT_ROUTES_H_
#define PLATEWISE_HTTP_EXPORT_ROUTES_H_

// Everything a user owns, to take elsewhere:
//   GET /api/v1/export               JSON: {"account","profile","diary_entries","water","exercise",
//                                    "weights","custom_foods","favourites","api_tokens"} (token names only)
//   GET /api/v1/export/{table}.csv   one table as CSV with a header row: diary_entries, water,
//                                    exercise, weights, custom_foods, favourites

#include "http/router.h"
#include "core/usecases/use_case_context.h"

namespace platewise::http {

// `ctx` must outlive the router.
void AddExportRoutes(Router& router, UseCaseContext& ctx);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_EXPORT_ROUTES_H_
