#ifndef PLATEWISE_CORE_USECASES_SUPPLEMENTS_H_
#define PLATEWISE_CORE_USECASES_SUPPLEMENTS_H_

// A person's supplement products and the doses they log of them, for every
// front end (the CLI's `supplements` commands and /api/v1/supplements).
// Refusals are Unprocessable naming the field ("name", "unit", "per_unit",
// "units", "supplement_id"), so the API and the CLI say the same.
//
// What a dose adds to a day's intake, and how supplements count against the
// ULs (some ULs are for supplements alone), is the nutrient report's rule
// (core/nutrient/nutrient_report.h); nothing here judges amounts.

#include <cstdint>
#include <vector>

#include "core/nutrient/dri_table.h"
#include "core/supplement/supplement.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

// Stores a product after ValidateSupplement and a check that every nutrient
// key is one of the DRI table's (the report can judge only those); the
// unknown key's refusal lists the accepted keys.
Result<Supplement> CreateSupplement(UseCaseContext& ctx, const DriTable& dri, UserId owner, Supplement supplement);
// In the order added.
Result<std::vector<Supplement>> ListSupplements(UseCaseContext& ctx, UserId owner);
// The product and every dose of it. NotFound for another owner's or no product.
Status DeleteSupplement(UseCaseContext& ctx, UserId owner, std::int64_t id);

// `units` of the product on `date` (ValidateDoseUnits). NotFound
// ("supplement_id") when the owner has no such product.
Result<SupplementDose> LogSupplementDose(UseCaseContext& ctx, UserId owner, const CivilDate& date,
                                         std::int64_t supplement_id, double units);
// Doses dated within [from, to], by date then in the order logged.
// Unprocessable "from" when from > to.
Result<std::vector<SupplementDose>> ListSupplementDoses(UseCaseContext& ctx, UserId owner, const CivilDate& from,
                                                        const CivilDate& to);
Status DeleteSupplementDose(UseCaseContext& ctx, UserId owner, std::int64_t id);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_SUPPLEMENTS_H_
