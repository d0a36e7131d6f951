#include "http/supplement_routes.h"

#include <cmath>

#include "core/usecases/current_profile.h"
#include "core/usecases/doctor_report.h"
#include "core/usecases/supplements.h"
#include "http/error_response.h"
#include "http/request_params.h"
#include "http/request_user.h"
#include "json/doctor_report_json.h"
#include "json/request_fields.h"
#include "json/supplement_json.h"

namespace platewise::http {
namespace {

Result<std::optional<CivilDate>> DateQuery(const Request& req, const std::string& name) {
  auto it = req.query.find(name);
  if (it == req.query.end()) return std::optional<CivilDate>();
  auto d = ParseCivilDate(it->second);
  if (!d.ok()) return d.status().ForField(name);
  return std::optional<CivilDate>(*d);
}

Result<LifeStageFlags> LifeStageQuery(const Request& req) {
  LifeStageFlags flags;
  auto it = req.query.find("life_stage");
  if (it == req.query.end() || it->second.empty()) return flags;
  if (it->second == "pregnancy") {
    flags.pregnant = true;
  } else if (it->second == "lactation") {
    flags.lactating = true;
  } else {
    return Status::Unprocessable("life_stage", "life_stage \"" + it->second + "\" must be pregnancy or lactation");
  }
  return flags;
}

// A JSON integer id >= 1 (Unprocessable naming the field otherwise).
Result<std::int64_t> RequiredId(const nlohmann::json& body, const std::string& field) {
  auto it = body.find(field);
  if (it == body.end() || !it->is_number_integer() || it->get<std::int64_t>() < 1) {
    return Status::Unprocessable(field, field + " must be the id of one of your supplements (a whole number)");
  }
  return it->get<std::int64_t>();
}

}  // namespace

void AddSupplementRoutes(Router& router, NutrientContext& ctx) {
  router.Add("GET", "/api/v1/supplements", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto list = ListSupplements(ctx.core, *user);
    if (!list.ok()) return ErrorResponse(list.status());
    nlohmann::json out = nlohmann::json::array();
    for (const Supplement& s : *list) out.push_back(SupplementJson(s));
    return JsonResponse(200, {{"supplements", std::move(out)}});
  });

  router.Add("POST", "/api/v1/supplements", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = JsonBody(req, {"name", "unit", "per_unit"});
    if (!body.ok()) return ErrorResponse(body.status());
    auto name = RequiredString(*body, "name", 200);
    if (!name.ok()) return ErrorResponse(name.status());
    auto unit = RequiredString(*body, "unit", 40);
    if (!unit.ok()) return ErrorResponse(unit.status());
    auto amounts = NutrientAmounts(*body, "per_unit");
    if (!amounts.ok()) return ErrorResponse(amounts.status());
    Supplement s;
    s.name = *name;
    s.unit = *unit;
    for (const auto& [key, amount] : *amounts) s.per_unit.Set(key, amount);
    auto stored = CreateSupplement(ctx.core, ctx.dri, *user, std::move(s));
    if (!stored.ok()) return ErrorResponse(stored.status());
    return JsonResponse(201, SupplementJson(*stored));
  });

  AddDeleteByIdRoute(router, "/api/v1/supplements/{id}", "supplement",
                     [&ctx](UserId user, std::int64_t id) { return DeleteSupplement(ctx.core, user, id); });

  router.Add("GET", "/api/v1/supplement-doses", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto from = DateQuery(req, "from");
    if (!from.ok()) return ErrorResponse(from.status());
    auto to = DateQuery(req, "to");
    if (!to.ok()) return ErrorResponse(to.status());
    auto today = UserToday(ctx.core, *user);
    if (!today.ok()) return ErrorResponse(today.status());
    auto doses = ListSupplementDoses(ctx.core, *user, from->value_or(*today), to->value_or(*today));
    if (!doses.ok()) return ErrorResponse(doses.status());
    nlohmann::json out = nlohmann::json::array();
    for (const SupplementDose& d : *doses) out.push_back(SupplementDoseJson(d));
    return JsonResponse(200, {{"doses", std::move(out)}});
  });

  router.Add("POST", "/api/v1/supplement-doses", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = JsonBody(req, {"supplement_id", "units", "date"});
    if (!body.ok()) return ErrorResponse(body.status());
    auto id = RequiredId(*body, "supplement_id");
    if (!id.ok()) return ErrorResponse(id.status());
    auto units = OptionalNumber(*body, "units");
    if (!units.ok()) return ErrorResponse(units.status());
    auto date = OptionalDate(*body, "date");
    if (!date.ok()) return ErrorResponse(date.status());
    auto today = UserToday(ctx.core, *user);
    if (!today.ok()) return ErrorResponse(today.status());
    auto dose = LogSupplementDose(ctx.core, *user, date->value_or(*today), *id, units->value_or(1));
    if (!dose.ok()) return ErrorResponse(dose.status());
    return JsonResponse(201, SupplementDoseJson(*dose));
  });

  AddDeleteByIdRoute(router, "/api/v1/supplement-doses/{id}", "supplement dose",
                     [&ctx](UserId user, std::int64_t id) { return DeleteSupplementDose(ctx.core, user, id); });

  router.Add("GET", "/api/v1/reports/doctor", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto flags = LifeStageQuery(req);
    if (!flags.ok()) return ErrorResponse(flags.status());
    auto from = DateQuery(req, "from");
    if (!from.ok()) return ErrorResponse(from.status());
    auto to = DateQuery(req, "to");
    if (!to.ok()) return ErrorResponse(to.status());
    auto report = BuildDoctorReport(ctx, *user, *from, *to, *flags);
    if (!report.ok()) return ErrorResponse(report.status());
    return JsonResponse(200, DoctorReportJson(*report));
  });
}

}  // namespace platewise::http
