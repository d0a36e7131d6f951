#include "core/nutrient/effective_targets.h"

#include <cmath>
#include <cstdio>
#include <map>

namespace platewise {
namespace {

std::string Amount(double v, const std::string& unit) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%g", v);
  return std::string(buf) + " " + unit;
}

// Positive, finite and at most the maximum; `what` names it in the message.
Status CheckBound(const NutrientTarget& dri, double v, const char* field, const std::string& what) {
  if (!std::isfinite(v) || v <= 0) return Status::Unprocessable(field, what + " must be more than 0 " + dri.unit);
  double max = MaxOverrideAmount(dri);
  if (v > max) {
    return Status::Unprocessable(field, what + " " + Amount(v, dri.unit) + " is more than the most accepted for " +
                                            dri.name + " (" + Amount(max, dri.unit) + ")");
  }
  return Status::Ok();
}

}  // namespace

double MaxOverrideAmount(const NutrientTarget& dri) {
  if (auto goal = dri.dri_goal(); goal && *goal > 0) return 10 * *goal;
  if (dri.ul && *dri.ul > 0) return 10 * *dri.ul;
  return 100000;
}

Status CheckOverride(const NutrientTarget& dri, const TargetOverride& o) {
  if (o.source == TargetSource::kDri) return Status::Unprocessable("source", "source must be doctor or own");
  PW_RETURN_IF_ERROR(CheckBound(dri, o.amount, "amount", "the target"));
  if (o.upper) {
    PW_RETURN_IF_ERROR(CheckBound(dri, *o.upper, "upper", "the upper bound"));
    if (*o.upper < o.amount) {
      return Status::Unprocessable("upper", "the upper bound " + Amount(*o.upper, dri.unit) +
                                                " is below the target " + Amount(o.amount, dri.unit));
    }
  }
  if (dri.ul && o.source != TargetSource::kDoctor) {
    if (o.amount > *dri.ul) {
      return Status::Unprocessable("amount", "the target " + Amount(o.amount, dri.unit) +
                                                 " is above the tolerable upper intake level (UL) of " +
                                                 Amount(*dri.ul, dri.unit) +
                                                 "; only a doctor's advice can set a target above it");
    }
    if (o.upper && *o.upper > *dri.ul) {
      return Status::Unprocessable("upper", "the upper bound " + Amount(*o.upper, dri.unit) +
                                                " is above the tolerable upper intake level (UL) of " +
                                                Amount(*dri.ul, dri.unit) +
                                                "; only a doctor's advice can set a bound above it");
    }
  }
  return Status::Ok();
}

std::vector<NutrientTarget> ApplyOverrides(std::vector<NutrientTarget> targets,
                                           const std::vector<TargetOverride>& overrides) {
  std::map<std::string, const TargetOverride*> by_key;
  for (const TargetOverride& o : overrides) by_key[o.key] = &o;
  for (NutrientTarget& t : targets) {
    auto it = by_key.find(t.key);
    if (it == by_key.end()) continue;
    t.source = it->second->source;
    t.personal = it->second->amount;
    t.personal_upper = it->second->upper;
  }
  return targets;
}

bool TargetAboveUl(const NutrientTarget& t) {
  if (!t.ul) return false;
  if (auto goal = t.goal(); goal && *goal > *t.ul) return true;
  return t.personal_upper && *t.personal_upper > *t.ul;
}

}  // namespace platewise
