#include "http/engagement_routes.h"

#include "core/usecases/engagement.h"
#include "http/error_response.h"
#include "http/request_params.h"
#include "http/request_user.h"
#include "json/engagement_json.h"
#include "json/request_fields.h"

namespace platewise::http {
namespace {

constexpr std::size_t kMaxIdsPerRequest = 500;

// The "ids" of POST /notifications/read: nullopt (all) when absent.
// {"ids": [...]} marks those; {"all": true} marks every one. One of them is
// required: an empty or mistyped body must not mark everything read.
Result<std::optional<std::vector<std::string>>> ReadIds(const nlohmann::json& body) {
  if (body.contains("ids") && body.contains("all")) {
    return Status::Unprocessable("all", "send either ids or all, not both");
  }
  if (body.contains("all")) {
    if (body["all"] != true) return Status::Unprocessable("all", "all must be true (or send ids)");
    return std::optional<std::vector<std::string>>();
  }
  if (!body.contains("ids")) return Status::Unprocessable("ids", "send ids (an array of notification ids) or all: true");
  const auto& list = body["ids"];
  if (!list.is_array() || list.size() > kMaxIdsPerRequest) {
    return Status::Unprocessable("ids", "ids must be an array of at most 500 notification ids");
  }
  std::vector<std::string> ids;
  for (const auto& id : list) {
    if (!id.is_string() || id.get<std::string>().empty() || id.get<std::string>().size() > 100) {
      return Status::Unprocessable("ids", "ids must hold notification ids (strings of 1-100 characters)");
    }
    ids.push_back(id.get<std::string>());
  }
  return std::optional<std::vector<std::string>>(std::move(ids));
}

}  // namespace

void AddEngagementRoutes(Router& router, UseCaseContext& ctx, const DriTable& dri) {
  router.Add("GET", "/api/v1/badges", [&ctx, &dri](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto badges = UserBadges(ctx, dri, *user);
    if (!badges.ok()) return ErrorResponse(badges.status());
    return JsonResponse(200, BadgeReportJson(*badges));
  });

  router.Add("GET", "/api/v1/notifications", [&ctx, &dri](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto list = UserNotifications(ctx, dri, *user);
    if (!list.ok()) return ErrorResponse(list.status());
    return JsonResponse(200, NotificationsJson(list->all, list->read));
  });

  router.Add("POST", "/api/v1/notifications/read", [&ctx, &dri](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = JsonBody(req, {"ids", "all"});
    if (!body.ok()) return ErrorResponse(body.status());
    auto ids = ReadIds(*body);
    if (!ids.ok()) return ErrorResponse(ids.status());
    auto list = MarkNotificationsRead(ctx, dri, *user, *ids);
    if (!list.ok()) return ErrorResponse(list.status());
    return JsonResponse(200, NotificationsJson(list->all, list->read));
  });
}

}  // namespace platewise::http
