#include "http/projection_routes.h"

#include <charconv>
#include <map>

#include "core/diary/day_number.h"
#include "core/weight/logged_intake.h"
#include "core/weight/weight_projection.h"
#include "http/clock.h"
#include "http/error_response.h"
#include "http/profile_routes.h"
#include "http/request_user.h"
#include "json/weight_projection_json.h"

namespace platewise::http {
namespace {

// How far back the diary is read: the expenditure window (28 days) and the
// latest 14 fully logged days both lie within it for anyone logging at least
// every other week or so; older days do not describe today's intake.
constexpr int kIntakeLookbackDays = 90;

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

// The diary's daily energy from `from` to `to`, by the fully-logged rule of
// core/weight/logged_intake.h.
Result<std::vector<IntakeDay>> ReadIntakeDays(Store& store, UserId user, const CivilDate& from,
                                              const CivilDate& to) {
  auto entries = store.diary->ListRange(user, from, to);
  if (!entries.ok()) return entries.status();
  FoodsById foods;
  for (const DiaryEntry& e : *entries) {
    if (foods.count(e.food_id)) continue;
    auto food = store.foods->GetVisibleFood(user, e.food_id);
    // A food that is gone counts as one without energy: the day is partly logged.
    if (!food.ok() && food.status().code() == StatusCode::kNotFound) continue;
    if (!food.ok()) return food.status();
    foods.emplace(e.food_id, std::move(*food));
  }
  return LoggedIntakeDays(*entries, foods);
}

Result<ProjectionRequest> GatherRequest(Store& store, UserId user, int days) {
  ProjectionRequest r;
  r.days = days;
  auto settings = store.profile_settings->Get(user);
  if (!settings.ok() && settings.status().code() != StatusCode::kNotFound) return settings.status();
  r.today = TodayIn(settings.ok() ? settings->time_zone : "UTC");
  auto body = CurrentBodyProfile(store, user);
  if (!body.ok()) return body.status();
  if (!*body) return Status::NotFound("no profile set: PUT /api/v1/profile first");
  r.profile = **body;
  // The profile has no goal weight (only a weekly rate), so there is none to
  // reach and the goal dates stay null.
  auto weights = store.weights->List(user, std::nullopt, r.today);
  if (!weights.ok()) return weights.status();
  for (const WeightEntry& w : *weights) r.weigh_ins.push_back({w.date, w.weight});
  auto intakes = ReadIntakeDays(store, user, AddDays(r.today, -(kIntakeLookbackDays - 1)), r.today);
  if (!intakes.ok()) return intakes.status();
  r.intakes = std::move(*intakes);
  return r;
}

}  // namespace

void AddProjectionRoutes(Router& router, Store& store) {
  router.Add("GET", "/api/v1/projection", [&store](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto days = DaysQuery(req);
    if (!days.ok()) return ErrorResponse(days.status());
    auto request = GatherRequest(store, *user, *days);
    if (!request.ok()) return ErrorResponse(request.status());
    auto projection = ProjectWeight(*request);
    if (!projection.ok()) return ErrorResponse(projection.status());
    return JsonResponse(200, WeightProjectionReportJson(*projection));
  });
}

}  // namespace platewise::http
