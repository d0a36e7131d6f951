#include "core/nutrient/nutrient_use_cases.h"

#include <set>

#include "core/diary/day_number.h"
#include "core/food/foods_of_entries.h"
#include "core/nutrient/dri_amounts.h"
#include "core/nutrient/effective_targets.h"
#include "core/diary/remaining_kcal.h"
#include "core/usecases/current_profile.h"
#include "core/weight/logged_intake.h"

namespace platewise {
namespace {

// Food entries and supplement doses of [from, to] as intake items; the
// fully logged days of the period into `fully_logged` when given (the rule of
// the weight projection and the badges: LoggedIntakeDays).
Result<std::vector<IntakeItem>> LoadPeriodItems(NutrientContext& ctx, UserId owner, const CivilDate& from,
                                                const CivilDate& to, std::set<CivilDate>* fully_logged = nullptr) {
  auto entries = ctx.core.store.diary->ListRange(owner, from, to);
  if (!entries.ok()) return entries.status();
  auto foods = FoodsOfEntries(*ctx.core.store.foods, *entries);
  if (!foods.ok()) return foods.status();
  if (fully_logged) {
    for (const IntakeDay& day : LoggedIntakeDays(*entries, *foods))
      if (day.fully_logged) fully_logged->insert(day.date);
  }
  std::vector<IntakeItem> items;
  for (const DiaryEntry& e : *entries) items.push_back(FoodIntake(e, *foods->at(e.food_id)));
  auto doses = ctx.core.store.supplements->ListDoses(owner, from, to);
  if (!doses.ok()) return doses.status();
  std::map<std::int64_t, Supplement> supplements;
  for (const SupplementDose& d : *doses) {
    auto it = supplements.find(d.supplement_id);
    if (it == supplements.end()) {
      auto s = ctx.core.store.supplements->GetSupplement(owner, d.supplement_id);
      if (!s.ok()) return s.status();
      it = supplements.emplace(d.supplement_id, std::move(*s)).first;
    }
    items.push_back(SupplementIntake(d, it->second));
  }
  return items;
}

// Energy-yielding nutrients are left to the calorie budget, not to suggestions.
bool IsEnergyNutrient(const std::string& key) {
  return key == "protein" || key == "carbohydrate" || key == "fat" || key == "omega3" || key == "omega6";
}

Result<BodyProfile> RequireProfile(UseCaseContext& ctx, UserId owner) {
  auto profile = FindCurrentProfile(ctx, owner);
  if (!profile.ok()) return profile.status();
  if (!*profile) return Status::NotFound("no profile set: targets need your sex and age");
  return (*profile)->body;
}

void AddExplanations(NutrientContext& ctx, NutrientReport& report) {
  for (NutrientReportLine& line : report.nutrients) {
    if (line.status != Adequacy::kLikelyInadequate && line.status != Adequacy::kPossiblyInadequate) continue;
    line.explanation = ShortfallSentence(line, static_cast<int>(report.logged_days.size()));
    auto body = ctx.explanations.find(line.target.key);
    if (body != ctx.explanations.end()) line.explanation += "\n\n" + body->second;
    line.explanation += std::string("\n\n") + kNotADiagnosis;
  }
}

}  // namespace

Result<std::vector<NutrientTarget>> EffectiveTargets(UseCaseContext& ctx, const DriTable& dri, UserId owner,
                                                     LifeStageFlags flags) {
  auto profile = RequireProfile(ctx, owner);
  if (!profile.ok()) return profile.status();
  auto targets = dri.TargetsFor({profile->sex, profile->age_years, flags.pregnant, flags.lactating});
  if (!targets.ok()) return targets.status();
  auto overrides = ctx.store.target_overrides->List(owner);
  if (!overrides.ok()) return overrides.status();
  return ApplyOverrides(std::move(*targets), *overrides);
}

Result<std::vector<NutrientTarget>> OwnerTargets(NutrientContext& ctx, UserId owner, LifeStageFlags flags) {
  return EffectiveTargets(ctx.core, ctx.dri, owner, flags);
}

namespace {

// The owner's DRI target of `key` (without their own), for checking and
// answering an override.
Result<NutrientTarget> DriTargetOf(NutrientContext& ctx, UserId owner, const std::string& key) {
  auto profile = RequireProfile(ctx.core, owner);
  if (!profile.ok()) return profile.status();
  auto targets = ctx.dri.TargetsFor({profile->sex, profile->age_years, false, false});
  if (!targets.ok()) return targets.status();
  for (NutrientTarget& t : *targets)
    if (t.key == key) return std::move(t);
  return Status::NotFound("no nutrient target \"" + key + "\" for your sex and age");
}

}  // namespace

Result<NutrientTarget> SetTargetOverride(NutrientContext& ctx, UserId owner, const TargetOverride& o) {
  auto dri = DriTargetOf(ctx, owner, o.key);
  if (!dri.ok()) return dri.status();
  PW_RETURN_IF_ERROR(CheckOverride(*dri, o));
  PW_RETURN_IF_ERROR(ctx.core.store.target_overrides->Put(owner, o));
  return ApplyOverrides({std::move(*dri)}, {o}).front();
}

Result<NutrientTarget> RemoveTargetOverride(NutrientContext& ctx, UserId owner, const std::string& key) {
  auto dri = DriTargetOf(ctx, owner, key);
  if (!dri.ok()) return dri.status();
  auto removed = ctx.core.store.target_overrides->Remove(owner, key);
  if (!removed.ok()) return removed.status();
  return std::move(*dri);
}

namespace {

// A report with the intake items it was built from.
struct ReportAndItems {
  NutrientReport report;
  std::vector<IntakeItem> items;
};

// `today`: the last day of the default period.
Result<ReportAndItems> ReportWithItems(NutrientContext& ctx, UserId owner, std::optional<CivilDate> from,
                                       std::optional<CivilDate> to, const CivilDate& today, LifeStageFlags flags) {
  if (from.has_value() != to.has_value()) {
    return Status::InvalidArgument("give both from and to (or neither, for the last 7 logged days)");
  }
  if (from && *from > *to) {
    return Status::InvalidArgument("from " + from->ToString() + " is after to " + to->ToString());
  }
  if (from && DayNumber(*to) - DayNumber(*from) + 1 > kMaxReportDays) {
    return Status::InvalidArgument("the period " + from->ToString() + " to " + to->ToString() +
                                   " is longer than 366 days");
  }
  auto targets = OwnerTargets(ctx, owner, flags);
  if (!targets.ok()) return targets.status();
  if (!from) {
    auto dates = ctx.core.store.diary->LoggedDates(owner, today, kDefaultReportDays);
    if (!dates.ok()) return dates.status();
    from = dates->empty() ? today : dates->back();
    to = dates->empty() ? today : dates->front();
  }
  std::set<CivilDate> fully_logged;
  auto items = LoadPeriodItems(ctx, owner, *from, *to, &fully_logged);
  if (!items.ok()) return items.status();
  NutrientReport report = BuildNutrientReport(*from, *to, *items, *targets, fully_logged);
  AddExplanations(ctx, report);
  return ReportAndItems{std::move(report), std::move(*items)};
}

}  // namespace

Result<NutrientReport> ReportNutrients(NutrientContext& ctx, UserId owner, std::optional<CivilDate> from,
                                       std::optional<CivilDate> to, LifeStageFlags flags) {
  auto today = UserToday(ctx.core, owner);
  if (!today.ok()) return today.status();
  auto r = ReportWithItems(ctx, owner, from, to, *today, flags);
  if (!r.ok()) return r.status();
  return std::move(r->report);
}

Result<GapSuggestions> SuggestForDay(NutrientContext& ctx, DietSolver& solver, UserId owner, const CivilDate& date,
                                     LifeStageFlags flags) {
  auto current = FindCurrentProfile(ctx.core, owner);
  if (!current.ok()) return current.status();
  if (!*current) return Status::NotFound("no profile set: targets need your sex and age");
  CalorieGoal goal = ProfileCalorieGoal(**current);  // the diary day's budget
  auto period = ReportWithItems(ctx, owner, std::nullopt, std::nullopt, date, flags);
  if (!period.ok()) return period.status();
  const NutrientReport& report = period->report;

  // The day's items: from the report's when the day is in its period (the
  // usual case: today was logged), else read (only supplements, or nothing).
  std::vector<IntakeItem> day_items;
  if (report.from <= date && date <= report.to) {
    for (const IntakeItem& item : period->items)
      if (item.date == date) day_items.push_back(item);
  } else {
    auto loaded = LoadPeriodItems(ctx, owner, date, date);
    if (!loaded.ok()) return loaded.status();
    day_items = std::move(*loaded);
  }
  auto day_sum = [&](const std::string& key) {
    double sum = 0;
    for (const IntakeItem& item : day_items) sum += item.amounts.Get(key).value_or(0);
    return sum;
  };

  GapRequest req;
  // Calories left as the diary day shows them: exercise adds to the budget.
  auto rows = ctx.core.store.diary->GetDay(owner, date);
  if (!rows.ok()) return rows.status();
  double exercise_kcal = 0;
  for (const ExerciseEntry& e : rows->exercise) exercise_kcal += e.kcal.value();
  req.kcal_left = RemainingKcal(goal.budget.value(), exercise_kcal, day_sum("energy"));
  for (const IntakeItem& item : day_items) {
    if (!item.supplement && !item.amounts.Get("energy")) ++req.energy_unknown_entries;
  }
  for (const NutrientReportLine& line : report.nutrients) {
    const NutrientTarget& t = line.target;
    if (t.ul && HasFoodData(t.key)) {
      if (t.ul_scope == UlScope::kAllSources) req.limits.push_back({t.key, *t.ul - day_sum(t.key), *t.ul});
      if (t.ul_scope == UlScope::kRetinol) req.limits.push_back({"retinol", *t.ul - day_sum("retinol"), *t.ul});
    }
    // The person's own upper bound caps the day's total of all sources too.
    if (t.personal_upper && HasFoodData(t.key)) {
      req.limits.push_back({t.key, *t.personal_upper - day_sum(t.key), *t.personal_upper});
    }
    if (line.status != Adequacy::kLikelyInadequate && line.status != Adequacy::kPossiblyInadequate) continue;
    if (IsEnergyNutrient(t.key)) continue;  // the calorie budget governs those
    double gap = t.goal().value_or(0) - day_sum(t.key);
    if (gap > 0) req.gaps.push_back({t.key, t.unit, gap});
  }

  auto pool = ctx.core.store.foods->ListFoodsInGroups(PlainFoodGroups());
  if (!pool.ok()) return pool.status();
  req.pool = std::move(*pool);
  std::set<std::string> in_pool;
  for (const SharedFood& f : req.pool) in_pool.insert(f->id);
  for (const IntakeItem& item : period->items) {  // the foods eaten in the report's period
    if (item.supplement) continue;
    req.eaten_ids.insert(item.source_id);
    if (in_pool.insert(item.source_id).second) {
      auto f = ctx.core.store.foods->GetFood(item.source_id);
      if (!f.ok()) return f.status();
      req.pool.push_back(std::move(*f));
    }
  }
  return SuggestFoodsForGaps(req, solver);
}

Result<RankBasis> ParseRankBasis(std::string_view text) {
  if (text == "100g") return RankBasis::kPer100g;
  if (text == "100kcal") return RankBasis::kPer100kcal;
  if (text == "portion") return RankBasis::kPerPortion;
  return Status::InvalidArgument("per \"" + std::string(text) + "\" must be 100g, 100kcal or portion");
}

Result<FoodRanking> RankFoods(FoodRepository& foods, const std::string& nutrient, RankBasis basis, int limit) {
  if (limit < 1 || limit > 1000) return Status::InvalidArgument("limit must be between 1 and 1000");
  auto catalog = foods.ListNutrients();
  if (!catalog.ok()) return catalog.status();
  std::string source = nutrient;
  double factor = 1;
  if (nutrient == "vitamin_d") source = "vitamin_d_iu", factor = 1 / kVitaminDIuPerUg;
  if (nutrient == "folate") source = "folate_total";
  const Nutrient* found = nullptr;
  std::string keys;
  for (const Nutrient& n : *catalog) {
    if (n.key == source) found = &n;
    keys += (keys.empty() ? "" : ", ") + n.key;
  }
  if (!found) {
    return Status::InvalidArgument("unknown nutrient \"" + nutrient + "\": use vitamin_d, folate or one of " + keys);
  }
  auto ranked = foods.TopFoodsByNutrient(source, basis, limit);
  if (!ranked.ok()) return ranked.status();
  FoodRanking out{nutrient, factor == 1 ? found->unit : "ug", std::move(*ranked)};
  for (RankedFood& r : out.foods) r.amount *= factor;
  return out;
}

}  // namespace platewise
