#include "http/request_params.h"

#include <charconv>

#include "http/error_response.h"
#include "http/request_user.h"
#include "json/request_fields.h"

namespace platewise::http {

Result<std::int64_t> IdParam(const Request& req, const std::string& name, const std::string& what) {
  const std::string& text = req.params.at(name);
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) {
    return Status::NotFound("no " + what + " with id \"" + text + "\"");
  }
  return id;
}

Result<nlohmann::json> JsonBody(const Request& req, std::initializer_list<const char*> allowed) {
  auto body = ParseJsonObject(req.body);
  if (!body.ok()) return body.status();
  PW_RETURN_IF_ERROR(CheckOnlyFields(*body, allowed));
  return body;
}

Result<DatedWrite> ReadDatedWrite(const Request& req, std::initializer_list<const char*> allowed) {
  auto user = RequireUser(req);
  if (!user.ok()) return user.status();
  auto date = DateParam(req);
  if (!date.ok()) return date.status();
  auto body = JsonBody(req, allowed);
  if (!body.ok()) return body.status();
  return DatedWrite{*user, *date, std::move(*body)};
}

Result<CivilDate> DateParam(const Request& req, const std::string& name) {
  auto d = ParseCivilDate(req.params.at(name));
  if (!d.ok()) return d.status().ForField(name);
  return d;
}

Result<int> LimitQuery(const Request& req, int fallback, int max) {
  auto it = req.query.find("limit");
  if (it == req.query.end()) return fallback;
  int limit = 0;
  const std::string& s = it->second;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), limit);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || limit < 1 || limit > max) {
    return Status::Unprocessable("limit", "limit \"" + s + "\" must be a whole number from 1 to " + std::to_string(max));
  }
  return limit;
}

Response NoContent() {
  Response r;
  r.status = 204;
  return r;
}

}  // namespace platewise::http

namespace platewise::http {

void AddDeleteByIdRoute(Router& router, const std::string& pattern, const std::string& what,
                        std::function<Status(UserId, std::int64_t)> remove) {
  router.Add("DELETE", pattern, [what, remove = std::move(remove)](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto id = IdParam(req, "id", what);
    if (!id.ok()) return ErrorResponse(id.status());
    Status s = remove(*user, *id);
    return s.ok() ? NoContent() : ErrorResponse(s);
  });
}

}  // namespace platewise::http
