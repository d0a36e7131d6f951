#include "core/nutrient/dri_table.h"

#include <cmath>
#include <cstdio>
#include <set>

namespace platewise {
namespace {

std::string AgeText(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// The life stages whose rows apply to this person, most specific first.
std::vector<LifeStage> StagesFor(const DriPerson& p) {
  if (p.pregnant) return {LifeStage::kPregnancy};
  if (p.lactating) return {LifeStage::kLactation};
  if (p.age_years < 1) return {LifeStage::kInfant};
  if (p.age_years < 9) return {LifeStage::kChild};
  return {p.sex == Sex::kMale ? LifeStage::kMale : LifeStage::kFemale};
}

}  // namespace

const char* UlScopeName(UlScope scope) {
  switch (scope) {
    case UlScope::kAllSources:
      return "all-sources";
    case UlScope::kSupplements:
      return "supplements";
    case UlScope::kRetinol:
      return "retinol";
    case UlScope::kSynthetic:
      return "synthetic";
  }
  return "all-sources";
}

UlScope UlScopeOf(const std::string& key) {
  if (key == "magnesium") return UlScope::kSupplements;
  if (key == "vitamin_a_rae") return UlScope::kRetinol;
  if (key == "vitamin_e" || key == "niacin" || key == "folate") return UlScope::kSynthetic;
  return UlScope::kAllSources;
}

Result<LifeStage> ParseLifeStage(std::string_view text) {
  if (text == "infant") return LifeStage::kInfant;
  if (text == "child") return LifeStage::kChild;
  if (text == "male") return LifeStage::kMale;
  if (text == "female") return LifeStage::kFemale;
  if (text == "pregnancy") return LifeStage::kPregnancy;
  if (text == "lactation") return LifeStage::kLactation;
  return Status::InvalidArgument("life stage \"" + std::string(text) +
                                 "\" is not one of infant, child, male, female, pregnancy, lactation");
}

std::string DriGroupLabel(const DriRow& row) {
  std::string ages = row.age_until >= 999 ? "over " + AgeText(row.age_from - 1)
                                          : AgeText(row.age_from) + "-" + AgeText(row.age_until - 1);
  bool adult = row.age_from >= 19;
  switch (row.life_stage) {
    case LifeStage::kInfant:
      return "infants " + AgeText(row.age_from * 12) + "-" + AgeText(row.age_until * 12) + " months";
    case LifeStage::kChild:
      return "children " + ages;
    case LifeStage::kMale:
      return (adult ? "men " : "boys ") + ages;
    case LifeStage::kFemale:
      return (adult ? "women " : "girls ") + ages;
    case LifeStage::kPregnancy:
      return "pregnant women " + ages;
    case LifeStage::kLactation:
      return "breastfeeding women " + ages;
  }
  return ages;
}

Result<DriTable> DriTable::Create(std::vector<DriRow> rows) {
  for (size_t i = 0; i < rows.size(); ++i) {
    const DriRow& a = rows[i];
    if (!(a.age_from >= 0) || !(a.age_until > a.age_from)) {
      return Status::InvalidArgument("DRI row for " + a.key + " has an empty age band " + AgeText(a.age_from) + "-" +
                                     AgeText(a.age_until));
    }
    for (size_t j = 0; j < i; ++j) {
      const DriRow& b = rows[j];
      if (a.key == b.key && a.life_stage == b.life_stage && a.age_from < b.age_until && b.age_from < a.age_until) {
        return Status::InvalidArgument("DRI rows for " + a.key + " overlap at ages " + AgeText(a.age_from) + "-" +
                                       AgeText(a.age_until));
      }
    }
  }
  return DriTable(std::move(rows));
}

Result<std::vector<NutrientTarget>> DriTable::TargetsFor(const DriPerson& p) const {
  if (!std::isfinite(p.age_years) || p.age_years < 0 || p.age_years > 120) {
    return Status::InvalidArgument("age " + AgeText(p.age_years) + " must be between 0 and 120 years");
  }
  if (p.pregnant && p.lactating) return Status::InvalidArgument("pregnant and lactating at once: give one life stage");
  if ((p.pregnant || p.lactating) && p.sex != Sex::kFemale) {
    return Status::InvalidArgument("pregnancy and lactation values are for sex female");
  }
  if ((p.pregnant || p.lactating) && (p.age_years < 14 || p.age_years >= 51)) {
    return Status::InvalidArgument("the DRI tables give pregnancy and lactation values for ages 14-50, not " +
                                   AgeText(p.age_years));
  }
  std::vector<LifeStage> stages = StagesFor(p);
  std::vector<NutrientTarget> out;
  std::set<std::string> done;
  for (const DriRow& r : rows_) {
    if (done.count(r.key)) continue;
    bool stage_fits = false;
    for (LifeStage s : stages) stage_fits = stage_fits || s == r.life_stage;
    if (!stage_fits || p.age_years < r.age_from || p.age_years >= r.age_until) continue;
    done.insert(r.key);
    out.push_back({r.key, r.name, r.unit, r.ear, r.rda, r.ai, r.ul, UlScopeOf(r.key), DriGroupLabel(r), r.note, r.cdrr});
  }
  return out;
}

}  // namespace platewise
