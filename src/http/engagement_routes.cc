#include "http/engagement_routes.h"

#include <map>

#include "core/engagement/notifications.h"
#include "http/clock.h"
#include "core/food/foods_of_entries.h"
#include "http/error_response.h"
#include "http/profile_routes.h"
#include "http/request_user.h"
#include "json/engagement_json.h"
#include "json/request_fields.h"

namespace platewise::http {
namespace {

constexpr std::size_t kMaxIdsPerRequest = 500;

// Everything the user logged, by day, with the profile's budget and targets.
// The person's magnesium RDA from the DRI table; nullopt when the table has none.
std::optional<double> MagnesiumTarget(const DriTable& dri, const BodyProfile& body) {
  auto targets = dri.TargetsFor({body.sex, body.age_years, false, false});
  if (!targets.ok()) return std::nullopt;
  for (const NutrientTarget& t : *targets)
    if (t.key == "magnesium") return t.goal();
  return std::nullopt;
}

Result<BadgeInputs> GatherInputs(Store& store, const DriTable& dri, UserId user) {
  BadgeInputs in;
  auto settings = store.profile_settings->Get(user);
  in.today = TodayIn(settings.ok() ? settings->time_zone : "UTC");
  auto body = CurrentBodyProfile(store, user);
  if (!body.ok()) return body.status();
  if (*body) {
    in.budget_kcal = ComputeCalorieGoal(**body).budget.value();
    in.magnesium_target_mg = MagnesiumTarget(dri, **body);
  }
  std::map<CivilDate, LoggedDay> days;
  auto day = [&days](const CivilDate& d) -> LoggedDay& {
    LoggedDay& ld = days[d];
    ld.date = d;
    return ld;
  };
  auto entries = store.diary->ListAll(user);
  if (!entries.ok()) return entries.status();
  auto foods = FoodsOfEntries(*store.foods, *entries);
  if (!foods.ok()) return foods.status();
  for (const DiaryEntry& e : *entries) {
    const Food& food = *foods->at(e.food_id);
    LoggedDay& d = day(e.date);
    d.has_food = true;
    double share = e.grams.value() / 100;
    if (auto kcal = food.per_100g.Get("energy")) d.eaten_kcal += *kcal * share;
    else ++d.energy_unknown_entries;
    if (auto mg = food.per_100g.Get("magnesium")) d.magnesium_mg = d.magnesium_mg.value_or(0) + *mg * share;
    else ++d.magnesium_unknown_entries;
  }
  auto water = store.water->ListAll(user);
  if (!water.ok()) return water.status();
  for (const WaterEntry& w : *water) day(w.date);
  auto exercise = store.exercise->ListAll(user);
  if (!exercise.ok()) return exercise.status();
  for (const ExerciseEntry& e : *exercise) day(e.date).exercise_kcal += e.kcal.value();
  auto weights = store.weights->List(user, std::nullopt, std::nullopt);
  if (!weights.ok()) return weights.status();
  for (const WeightEntry& w : *weights) day(w.date);
  for (auto& [date, d] : days) in.days.push_back(d);
  return in;
}

Result<std::vector<Notification>> CurrentNotifications(Store& store, const DriTable& dri, UserId user) {
  auto in = GatherInputs(store, dri, user);
  if (!in.ok()) return in.status();
  return BuildNotifications(*in, EvaluateBadges(*in));
}

}  // namespace

void AddEngagementRoutes(Router& router, Store& store, const DriTable& dri) {
  router.Add("GET", "/api/v1/badges", [&store, &dri](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto in = GatherInputs(store, dri, *user);
    if (!in.ok()) return ErrorResponse(in.status());
    return JsonResponse(200, BadgeReportJson(EvaluateBadges(*in)));
  });

  router.Add("GET", "/api/v1/notifications", [&store, &dri](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto all = CurrentNotifications(store, dri, *user);
    if (!all.ok()) return ErrorResponse(all.status());
    auto read = store.notification_reads->ReadIds(*user);
    if (!read.ok()) return ErrorResponse(read.status());
    return JsonResponse(200, NotificationsJson(*all, *read));
  });

  router.Add("POST", "/api/v1/notifications/read", [&store, &dri](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = ParseJsonObject(req.body.empty() ? "{}" : req.body);
    if (!body.ok()) return ErrorResponse(body.status());
    Status only = CheckOnlyFields(*body, {"ids"});
    if (!only.ok()) return ErrorResponse(only);
    std::vector<std::string> ids;
    // Marking read changes which are unread, not which exist: compute them once.
    auto all = CurrentNotifications(store, dri, *user);
    if (!all.ok()) return ErrorResponse(all.status());
    if (body->contains("ids")) {
      const auto& list = (*body)["ids"];
      if (!list.is_array() || list.size() > kMaxIdsPerRequest) {
        return ErrorResponse(Status::Unprocessable("ids", "ids must be an array of at most 500 notification ids"));
      }
      for (const auto& id : list) {
        if (!id.is_string() || id.get<std::string>().empty() || id.get<std::string>().size() > 100) {
          return ErrorResponse(Status::Unprocessable("ids", "ids must hold notification ids (strings of 1-100 characters)"));
        }
        ids.push_back(id.get<std::string>());
      }
    } else {
      for (const Notification& n : *all) ids.push_back(n.id);
    }
    Status s = store.notification_reads->MarkRead(*user, ids);
    if (!s.ok()) return ErrorResponse(s);
    auto read = store.notification_reads->ReadIds(*user);
    if (!read.ok()) return ErrorResponse(read.status());
    return JsonResponse(200, NotificationsJson(*all, *read));
  });
}

}  // namespace platewise::http
