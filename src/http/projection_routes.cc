#include "http/projection_routes.h"

#include <charconv>

#include "core/usecases/user_projection.h"
#include "http/error_response.h"
#include "http/request_user.h"
#include "json/weight_projection_json.h"

namespace platewise::http {
namespace {

Result<int> DaysQuery(const Request& req) {
  auto it = req.query.find("days");
  if (it == req.query.end()) return kDefaultProjectionDays;
  int days = 0;
  const std::string& s = it->second;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), days);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || days < 1 || days > kMaxProjectionDays) {
    return Status::Unprocessable("days", "days \"" + s + "\" must be a whole number from 1 to " +
                                             std::to_string(kMaxProjectionDays));
  }
  return days;
}

}  // namespace

void AddProjectionRoutes(Router& router, UseCaseContext& ctx) {
  router.Add("GET", "/api/v1/projection", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto days = DaysQuery(req);
    if (!days.ok()) return ErrorResponse(days.status());
    auto projection = ProjectUserWeight(ctx, *user, *days);
    if (!projection.ok()) return ErrorResponse(projection.status());
    return JsonResponse(200, WeightProjectionReportJson(*projection));
  });
}

}  // namespace platewise::http
