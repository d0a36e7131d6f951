#ifndef PLATEWISE_HTTP_DIARY_ROUTES_H_
#define PLATEWISE_HTTP_DIARY_ROUTES_H_

// The food diary (shapes in json/diary_json.h and docs/api.md). Dates are
// YYYY-MM-DD, the user's local dates.
//   GET    /api/v1/diary/{date}                  the day: meals, totals, budget, remaining, water, exercise
//   POST   /api/v1/diary/{date}/entries          {meal,food_id,grams} | {meal,food_id,amount,portion} -> 201 entry
//   POST   /api/v1/diary/{date}/entries/batch    {meal,entries:[{food_id,grams | amount,portion}...]}
//                                                 all or none -> 201 {"entries":[entry...]}
//   GET    /api/v1/diary/entries/{id}            entry
//   PATCH  /api/v1/diary/entries/{id}            any of {date,meal,grams | amount,portion} -> entry
//   DELETE /api/v1/diary/entries/{id}            204
//   POST   /api/v1/diary/{date}/copy             {to,meal?} -> 201 {"entries":[entry...]}
//   GET    /api/v1/diary/recent-foods?limit=     {"foods":[food use...]}  most recent first
//   GET    /api/v1/diary/frequent-foods?limit=   {"foods":[food use...]}  most often first
//   GET    /api/v1/favourites                    {"foods":[food summary...]}
//   PUT    /api/v1/favourites/{food_id}          204
//   DELETE /api/v1/favourites/{food_id}          204

#include "core/usecases/use_case_context.h"
#include "http/router.h"

namespace platewise::http {

// `ctx` must outlive the router.
void AddDiaryRoutes(Router& router, UseCaseContext& ctx);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_DIARY_ROUTES_H_
