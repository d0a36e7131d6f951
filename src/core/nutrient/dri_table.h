#ifndef PLATEWISE_CORE_NUTRIENT_DRI_TABLE_H_
#define PLATEWISE_CORE_NUTRIENT_DRI_TABLE_H_

// Dietary Reference Intakes by life-stage group (data/dri/README.md,
// docs/science.md section 4). A table of rows as read from data/dri/dri.csv;
// TargetsFor picks, for one person, the row of each nutrient whose group
// (life stage, sex, half-open age band) fits them.
//
// Values are in the row's unit. "Not set" is nullopt, never 0. A UL of "ND"
// (not determinable) is nullopt with ul_not_determinable = true.

#include <optional>
#include <string>
#include <vector>

#include "core/energy/calorie_goal.h"
#include "core/nutrient/target_override.h"
#include "core/status.h"

namespace platewise {

enum class LifeStage { kInfant, kChild, kMale, kFemale, kPregnancy, kLactation };

// What intake a nutrient's UL is compared with. The DRI reports set some ULs
// for one form only (data/dri/README.md):
//   kAllSources   food, water and supplements together
//   kSupplements  supplements and medicines only (magnesium)
//   kRetinol      preformed vitamin A only (vitamin A)
//   kSynthetic    synthetic forms from supplements and fortified foods
//                 (vitamin E, niacin, folate); Platewise cannot tell fortified
//                 food apart, so it checks supplements only
enum class UlScope { kAllSources, kSupplements, kRetinol, kSynthetic };
const char* UlScopeName(UlScope scope);  // "all-sources", "supplements", "retinol", "synthetic"
UlScope UlScopeOf(const std::string& nutrient_key);

Result<LifeStage> ParseLifeStage(std::string_view text);

struct DriRow {
  std::string key;   // "magnesium"
  std::string name;  // "Magnesium"
  std::string unit;  // "mg"
  LifeStage life_stage = LifeStage::kFemale;
  double age_from = 0;   // years, inclusive
  double age_until = 0;  // years, exclusive
  std::optional<double> ear;
  std::optional<double> rda;
  std::optional<double> ai;
  std::optional<double> ul;
  bool ul_not_determinable = false;
  std::string note;
  // Chronic disease risk reduction intake (sodium, 2019): an intake above it
  // is to be reduced. Not a UL (there is none for sodium); nullopt = none set.
  std::optional<double> cdrr;
};

// Who the targets are for. REQUIRES for pregnant/lactating: female.
struct DriPerson {
  Sex sex = Sex::kFemale;
  double age_years = 0;
  bool pregnant = false;
  bool lactating = false;
};

struct NutrientTarget {
  std::string key;
  std::string name;
  std::string unit;
  std::optional<double> ear;
  std::optional<double> rda;
  std::optional<double> ai;
  std::optional<double> ul;
  UlScope ul_scope = UlScope::kAllSources;
  std::string group;  // "women 31-50", for plain-language notes
  std::string note;
  std::optional<double> cdrr;  // DriRow::cdrr
  // The person's own target (core/nutrient/effective_targets.h), kDri when
  // none: the fields above stay the DRI's either way.
  TargetSource source = TargetSource::kDri;
  std::optional<double> personal = std::nullopt;        // the amount to aim for; set when source != kDri
  std::optional<double> personal_upper = std::nullopt;  // the upper bound they set; nullopt = none
  // The DRI's intake to aim for: the RDA, else the AI; nullopt when neither is set.
  std::optional<double> dri_goal() const { return rda ? rda : ai; }
  // The intake to aim for: the person's own target, else the DRI's.
  std::optional<double> goal() const { return personal ? personal : dri_goal(); }
};

// "women 31-50", "men over 70", "pregnant women 19-30", "girls 14-18",
// "children 4-8", "infants 0-6 months".
std::string DriGroupLabel(const DriRow& row);

class DriTable {
 public:
  // InvalidArgument when a row's age band is empty or two rows of a nutrient
  // overlap for the same life stage.
  static Result<DriTable> Create(std::vector<DriRow> rows);

  // One target per nutrient of the table whose groups cover this person, in
  // the table's nutrient order. InvalidArgument for an age outside 0-120, for
  // pregnancy or lactation of a male or outside the ages the table covers
  // (14-50), or for both flags at once.
  Result<std::vector<NutrientTarget>> TargetsFor(const DriPerson& person) const;

  const std::vector<DriRow>& rows() const { return rows_; }

 private:
  explicit DriTable(std::vector<DriRow> rows) : rows_(std::move(rows)) {}
  std::vector<DriRow> rows_;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_NUTRIENT_DRI_TABLE_H_
