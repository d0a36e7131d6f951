#include "core/usecases/doctor_report.h"

#include <map>
#include <set>

#include "core/nutrient/dri_source.h"
#include "core/usecases/day_logs.h"

namespace platewise {

Result<DoctorReport> BuildDoctorReport(NutrientContext& ctx, UserId owner, std::optional<CivilDate> from,
                                       std::optional<CivilDate> to, LifeStageFlags flags) {
  auto nutrients = ReportNutrients(ctx, owner, from, to, flags);
  if (!nutrients.ok()) return nutrients.status();
  DoctorReport out;
  out.nutrients = std::move(*nutrients);
  const CivilDate& first = out.nutrients.from;
  const CivilDate& last = out.nutrients.to;
  for (const NutrientReportLine& line : out.nutrients.nutrients) out.target_sources.push_back(DriSourceOf(line.target.key));

  auto doses = ctx.core.store.supplements->ListDoses(owner, first, last);
  if (!doses.ok()) return doses.status();
  std::map<std::int64_t, SupplementTaken> taken;  // by product id: the order added
  std::map<std::int64_t, std::set<CivilDate>> days;
  for (const SupplementDose& d : *doses) {
    auto it = taken.find(d.supplement_id);
    if (it == taken.end()) {
      auto product = ctx.core.store.supplements->GetSupplement(owner, d.supplement_id);
      if (!product.ok()) return product.status();
      it = taken.emplace(d.supplement_id, SupplementTaken{std::move(*product), 0, 0, 0}).first;
    }
    ++it->second.doses;
    it->second.units += d.units;
    days[d.supplement_id].insert(d.date);
  }
  for (auto& [id, t] : taken) {
    t.days = static_cast<int>(days[id].size());
    out.supplements.push_back(std::move(t));
  }

  auto weights = ListWeights(ctx.core, owner, first, last);
  if (!weights.ok()) return weights.status();
  std::vector<WeighIn> weigh_ins;
  for (const WeightEntry& w : *weights) weigh_ins.push_back({w.date, w.weight});
  out.weight = WeightChangeOf(weigh_ins);
  return out;
}

}  // namespace platewise
