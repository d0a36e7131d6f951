#include "http/nutrient_routes.h"

#include <charconv>

#include "core/usecases/current_profile.h"
#include "http/error_response.h"
#include "http/request_user.h"
#include "http/supplement_routes.h"
#include "json/nutrient_json.h"
#include "json/request_fields.h"

namespace platewise::http {
namespace {

std::optional<std::string> Param(const Request& req, const char* name) {
  auto it = req.query.find(name);
  if (it == req.query.end()) return std::nullopt;
  return it->second;
}

Result<LifeStageFlags> ParseLifeStageParam(const Request& req) {
  LifeStageFlags flags;
  auto v = Param(req, "life_stage");
  if (!v || v->empty()) return flags;
  if (*v == "pregnancy") {
    flags.pregnant = true;
  } else if (*v == "lactation") {
    flags.lactating = true;
  } else {
    return Status::InvalidArgument("life_stage \"" + *v + "\" must be pregnancy or lactation");
  }
  return flags;
}

Result<std::optional<CivilDate>> OptionalDate(const Request& req, const char* name) {
  auto v = Param(req, name);
  if (!v) return std::optional<CivilDate>();
  auto d = ParseCivilDate(*v);
  if (!d.ok()) return d.status();
  return std::optional<CivilDate>(*d);
}

Result<int> ParseLimit(const Request& req) {
  auto v = Param(req, "limit");
  if (!v) return 20;
  int limit = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), limit);
  if (v->empty() || ec != std::errc() || end != v->data() + v->size() || limit < 1 || limit > 100) {
    return Status::InvalidArgument("limit \"" + *v + "\" must be a whole number from 1 to 100");
  }
  return limit;
}

// The body of PUT /api/v1/nutrients/targets/{key}:
// {"amount": 500, "upper": 600|null, "source": "doctor"|"own"}.
Result<TargetOverride> ParseOverride(const Request& req) {
  auto body = ParseJsonObject(req.body);
  if (!body.ok()) return body.status();
  PW_RETURN_IF_ERROR(CheckOnlyFields(*body, {"amount", "upper", "source"}));
  auto amount = RequiredNumber(*body, "amount");
  if (!amount.ok()) return amount.status();
  auto upper = OptionalNumber(*body, "upper");
  if (!upper.ok()) return upper.status();
  auto source_text = RequiredString(*body, "source");
  if (!source_text.ok()) return source_text.status();
  auto source = ParseOverrideSource(*source_text);
  if (!source.ok()) return source.status().ForField("source");
  return TargetOverride{req.params.at("key"), *amount, *upper, *source};
}

}  // namespace

void AddNutrientRoutes(Router& router, NutrientRouteDeps& deps) {
  router.Add("GET", "/api/v1/nutrients/targets", [&deps](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto flags = ParseLifeStageParam(req);
    if (!flags.ok()) return ErrorResponse(flags.status());
    auto targets = OwnerTargets(deps.context, *user, *flags);
    if (!targets.ok()) return ErrorResponse(targets.status());
    return JsonResponse(200, TargetsJson(*targets));
  });

  router.Add("PUT", "/api/v1/nutrients/targets/{key}", [&deps](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto o = ParseOverride(req);
    if (!o.ok()) return ErrorResponse(o.status());
    auto target = SetTargetOverride(deps.context, *user, *o);
    if (!target.ok()) return ErrorResponse(target.status());
    return JsonResponse(200, TargetJson(*target));
  });

  router.Add("DELETE", "/api/v1/nutrients/targets/{key}", [&deps](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto target = RemoveTargetOverride(deps.context, *user, req.params.at("key"));
    if (!target.ok()) return ErrorResponse(target.status());
    return JsonResponse(200, TargetJson(*target));
  });

  router.Add("GET", "/api/v1/nutrients/report", [&deps](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto flags = ParseLifeStageParam(req);
    if (!flags.ok()) return ErrorResponse(flags.status());
    auto from = OptionalDate(req, "from");
    if (!from.ok()) return ErrorResponse(from.status());
    auto to = OptionalDate(req, "to");
    if (!to.ok()) return ErrorResponse(to.status());
    auto report = ReportNutrients(deps.context, *user, *from, *to, *flags);
    if (!report.ok()) return ErrorResponse(report.status());
    return JsonResponse(200, NutrientReportJson(*report));
  });

  router.Add("GET", "/api/v1/nutrients/suggestions", [&deps](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto flags = ParseLifeStageParam(req);
    if (!flags.ok()) return ErrorResponse(flags.status());
    auto date = OptionalDate(req, "date");
    if (!date.ok()) return ErrorResponse(date.status());
    auto today = UserToday(deps.context.core, *user);
    if (!today.ok()) return ErrorResponse(today.status());
    CivilDate day = date->value_or(*today);
    auto result = SuggestForDay(deps.context, deps.solver, *user, day, *flags);
    if (!result.ok()) return ErrorResponse(result.status());
    return JsonResponse(200, GapSuggestionsJson(day, *result));
  });

  router.Add("GET", "/api/v1/nutrients/{key}/foods", [&deps](const Request& req) {
    auto basis = ParseRankBasis(Param(req, "per").value_or("100g"));
    if (!basis.ok()) return ErrorResponse(basis.status());
    auto limit = ParseLimit(req);
    if (!limit.ok()) return ErrorResponse(limit.status());
    auto ranking = RankFoods(*deps.context.core.store.foods, req.params.at("key"), *basis, *limit);
    if (!ranking.ok()) return ErrorResponse(ranking.status());
    return JsonResponse(
        200, RankedFoodsJson(ranking->nutrient, ranking->unit, Param(req, "per").value_or("100g"), ranking->foods));
  });

  AddSupplementRoutes(router, deps.context);
}

}  // namespace platewise::http
