#ifndef PLATEWISE_HTTP_REQUEST_PARAMS_H_
#define PLATEWISE_HTTP_REQUEST_PARAMS_H_

// Path and query parameters of the user-data routes, with the API's errors:
// an id that is not a number names nothing (404, like an unknown id); an
// impossible date is 422 naming "date"; a bad limit is 422 naming "limit".

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>

#include "core/diary/civil_date.h"
#include "core/status.h"
#include "http/http_message.h"
#include "http/router.h"

namespace platewise::http {

// `what` names the resource in the 404 message ("diary entry").
Result<std::int64_t> IdParam(const Request& req, const std::string& name, const std::string& what);
Result<CivilDate> DateParam(const Request& req, const std::string& name = "date");
Result<int> LimitQuery(const Request& req, int fallback, int max);

// The request's JSON object body, with no field outside `allowed`: 400 for
// malformed JSON or not an object, 422 naming a field it does not take.
Result<nlohmann::json> JsonBody(const Request& req, std::initializer_list<const char*> allowed);

// What a route that writes to one diary date reads first, with its errors in
// this order: the user (RequireUser: 401/403), the {date} path parameter
// (422 "date"), then JsonBody.
struct DatedWrite {
  UserId user = 0;
  CivilDate date;
  nlohmann::json body;
};
Result<DatedWrite> ReadDatedWrite(const Request& req, std::initializer_list<const char*> allowed);

Response NoContent();

// DELETE `pattern` (with an {id} path parameter) of the caller's own row:
// 401/403 from RequireUser, 404 for a non-numeric or unknown id (another
// user's row included), else `remove(user, id)` and 204.
void AddDeleteByIdRoute(Router& router, const std::string& pattern, const std::string& what,
                        std::function<Status(UserId, std::int64_t)> remove);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_REQUEST_PARAMS_H_
