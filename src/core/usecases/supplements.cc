#include "core/usecases/supplements.h"

#include <set>
#include <string>

namespace platewise {

Result<Supplement> CreateSupplement(UseCaseContext& ctx, const DriTable& dri, UserId owner, Supplement supplement) {
  Status valid = ValidateSupplement(supplement);
  if (!valid.ok()) {
    const char* field = supplement.name.find_first_not_of(' ') == std::string::npos   ? "name"
                        : supplement.unit.find_first_not_of(' ') == std::string::npos ? "unit"
                                                                                       : "per_unit";
    return valid.ForField(field);
  }
  std::set<std::string> keys;
  std::string accepted;
  for (const DriRow& r : dri.rows()) {
    if (keys.insert(r.key).second) accepted += (accepted.empty() ? "" : ", ") + r.key;
  }
  for (const auto& [key, amount] : supplement.per_unit.all()) {
    if (!keys.count(key)) {
      return Status::Unprocessable("per_unit", "unknown nutrient \"" + key + "\": use one of " + accepted);
    }
  }
  return ctx.store.supplements->AddSupplement(owner, supplement);
}

Result<std::vector<Supplement>> ListSupplements(UseCaseContext& ctx, UserId owner) {
  return ctx.store.supplements->ListSupplements(owner);
}

Status DeleteSupplement(UseCaseContext& ctx, UserId owner, std::int64_t id) {
  return ctx.store.supplements->DeleteSupplement(owner, id);
}

Result<SupplementDose> LogSupplementDose(UseCaseContext& ctx, UserId owner, const CivilDate& date,
                                         std::int64_t supplement_id, double units) {
  PW_RETURN_IF_ERROR(ValidateDoseUnits(units).ForField("units"));
  auto dose = ctx.store.supplements->LogDose(owner, {0, date, supplement_id, units});
  if (!dose.ok() && dose.status().code() == StatusCode::kNotFound) {
    return Status::Unprocessable("supplement_id", "no supplement with id " + std::to_string(supplement_id));
  }
  return dose;
}

Result<std::vector<SupplementDose>> ListSupplementDoses(UseCaseContext& ctx, UserId owner, const CivilDate& from,
                                                        const CivilDate& to) {
  if (from > to) {
    return Status::Unprocessable("from", "from " + from.ToString() + " is after to " + to.ToString());
  }
  return ctx.store.supplements->ListDoses(owner, from, to);
}

Status DeleteSupplementDose(UseCaseContext& ctx, UserId owner, std::int64_t id) {
  return ctx.store.supplements->DeleteDose(owner, id);
}

}  // namespace platewise
