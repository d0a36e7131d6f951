#include "http/error_response.h"

#include <algorithm>

namespace platewise::http {

int HttpStatusFor(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return 200;
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kConflict: return 409;
    case StatusCode::kUnavailable: return 503;
    case StatusCode::kInternal: return 500;
    case StatusCode::kUnauthenticated: return 401;
    case StatusCode::kForbidden: return 403;
    case StatusCode::kTooManyRequests: return 429;
    case StatusCode::kUnprocessable: return 422;
    case StatusCode::kPreconditionFailed: return 412;
  }
  return 500;
}

Response ErrorResponse(int http_status, const std::string& code, const std::string& message) {
  return JsonResponse(http_status, {{"error", {{"code", code}, {"message", message}}}});
}

Response ErrorResponse(const Status& status) {
  nlohmann::json error = {{"code", StatusCodeName(status.code())}, {"message", status.message()}};
  if (!status.field().empty()) error["field"] = status.field();
  Response r = JsonResponse(HttpStatusFor(status.code()), {{"error", std::move(error)}});
  if (status.code() == StatusCode::kTooManyRequests || status.retry_after_seconds() > 0) {
    r.headers.emplace_back("Retry-After", std::to_string(std::max(1, status.retry_after_seconds())));
  }
  if (status.code() == StatusCode::kUnauthenticated) r.headers.emplace_back("WWW-Authenticate", "Bearer");
  return r;
}

Response JsonResponse(int http_status, const nlohmann::json& body) {
  Response r;
  r.status = http_status;
  r.content_type = "application/json";
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

}  // namespace platewise::http
