#include "core/nutrient/nutrient_report.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "core/diary/day_number.h"
#include "core/nutrient/dri_amounts.h"

namespace platewise {
namespace {

// What of an item counts towards the UL of `target`; nullopt when unknown.
std::optional<double> UlRelevantAmount(const IntakeItem& item, const NutrientTarget& target) {
  switch (target.ul_scope) {
    case UlScope::kAllSources:
      return item.amounts.Get(target.key);
    case UlScope::kSupplements:
    case UlScope::kSynthetic:
      if (!item.supplement) return 0.0;
      return item.amounts.Get(target.key);
    case UlScope::kRetinol:
      // Supplement vitamin A is counted as preformed (the cautious reading).
      return item.supplement ? item.amounts.Get(target.key) : item.amounts.Get("retinol");
  }
  return std::nullopt;
}

std::string FormatAmount(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, v >= 10 ? "%.0f" : "%.1f", v);
  return buf;
}

// "Vitamin A" -> "vitamin A", "Total fiber" -> "total fiber": lower-cases
// the first letter of each word whose other letters are lower-case.
std::string InSentence(std::string name) {
  size_t start = 0;
  while (start < name.size()) {
    size_t end = name.find(' ', start);
    if (end == std::string::npos) end = name.size();
    bool rest_lower = end - start > 1;
    for (size_t i = start + 1; i < end; ++i)
      rest_lower = rest_lower && !std::isupper(static_cast<unsigned char>(name[i]));
    if (rest_lower) name[start] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[start])));
    start = end + 1;
  }
  return name;
}

NutrientReportLine BuildLine(const NutrientTarget& target, const std::vector<CivilDate>& days,
                             const std::vector<IntakeItem>& items, const std::set<CivilDate>& fully_logged_days) {
  NutrientReportLine line;
  line.target = target;
  struct DayTotals {
    std::optional<double> all;
    std::optional<double> supplements;
    std::optional<double> food;
    std::optional<double> ul;
  };
  std::map<CivilDate, DayTotals> per_day;
  std::map<std::string, FoodContribution> by_source;
  double known_total = 0;
  for (const IntakeItem& item : items) {
    DayTotals& d = per_day[item.date];
    if (auto v = item.amounts.Get(target.key)) {
      d.all = d.all.value_or(0) + *v;
      if (item.supplement) {
        d.supplements = d.supplements.value_or(0) + *v;
      } else {
        d.food = d.food.value_or(0) + *v;
      }
      known_total += *v;
      FoodContribution& c = by_source[item.source_id];
      c.id = item.source_id;
      c.name = item.name;
      c.amount += *v;
    } else {
      ++line.missing_entries;
    }
    if (auto u = UlRelevantAmount(item, target)) d.ul = d.ul.value_or(0) + *u;
  }
  double sum = 0, sum_supplements = 0, sum_ul = 0, sum_food = 0;
  int ul_days = 0, food_days = 0;
  bool any_supplement = false;
  for (const CivilDate& day : days) {
    const DayTotals& d = per_day[day];
    if (d.all) {
      ++line.days;
      sum += *d.all;
      if (target.ear && *d.all < *target.ear) {
        ++line.days_below_ear;
        if (!fully_logged_days.count(day)) ++line.partly_logged_below_ear;
      }
    } else {
      ++line.days_without_value;
    }
    if (d.supplements) any_supplement = true;
    sum_supplements += d.supplements.value_or(0);
    if (d.food) {
      ++food_days;
      sum_food += *d.food;
    }
    if (d.ul) {
      ++ul_days;
      sum_ul += *d.ul;
      if (target.ul && *d.ul > *target.ul) ++line.days_above_ul;
    }
  }
  if (line.days > 0) line.mean = sum / line.days;
  if (any_supplement && !days.empty()) line.mean_supplements = sum_supplements / static_cast<double>(days.size());
  if (food_days > 0) line.mean_food = sum_food / food_days;
  if (ul_days > 0) line.ul_intake = sum_ul / ul_days;
  if (line.mean && target.goal() && *target.goal() > 0) line.percent = *line.mean / *target.goal() * 100;
  line.status = JudgeAdequacy(target, line.mean, line.ul_intake);

  std::vector<FoodContribution> top;
  for (auto& [id, c] : by_source) {
    if (c.amount <= 0) continue;
    c.share = known_total > 0 ? c.amount / known_total : 0;
    top.push_back(c);
  }
  std::sort(top.begin(), top.end(), [](const FoodContribution& a, const FoodContribution& b) {
    return a.amount != b.amount ? a.amount > b.amount : a.id < b.id;
  });
  if (top.size() > kTopFoodsPerNutrient) top.resize(kTopFoodsPerNutrient);
  line.top_foods = std::move(top);
  return line;
}

}  // namespace

NutrientReport BuildNutrientReport(const CivilDate& from, const CivilDate& to, const std::vector<IntakeItem>& items,
                                   const std::vector<NutrientTarget>& targets,
                                   const std::set<CivilDate>& fully_logged_days) {
  NutrientReport report;
  report.from = from;
  report.to = to;
  std::set<CivilDate> logged;
  for (const IntakeItem& item : items) logged.insert(item.date);
  report.logged_days.assign(logged.begin(), logged.end());
  for (const CivilDate& d : report.logged_days)
    if (!fully_logged_days.count(d)) report.partly_logged_days.push_back(d);
  report.days_not_logged = DayNumber(to) - DayNumber(from) + 1 - static_cast<int>(logged.size());
  for (const NutrientTarget& t : targets) {
    if (!HasFoodData(t.key) || (!t.goal() && !t.ul)) continue;
    report.nutrients.push_back(BuildLine(t, report.logged_days, items, fully_logged_days));
  }
  return report;
}

std::string ShortfallSentence(const NutrientReportLine& line, int logged_days) {
  std::string name = InSentence(line.target.name);
  const std::string& unit = line.target.unit;
  std::string s = "Your ";
  s += name;
  s += " averaged ";
  s += line.mean ? FormatAmount(*line.mean) : std::string("an unknown amount of");
  s += ' ';
  s += unit;
  s += " a day over your ";
  if (logged_days == 1) {
    s += "logged day";
  } else {
    s += "last ";
    s += std::to_string(logged_days);
    s += " logged days";
  }
  if (line.target.personal) {
    s += line.target.source == TargetSource::kDoctor ? "; your doctor's target is " : "; your own target is ";
    s += FormatAmount(*line.target.personal);
    s += ' ';
    s += unit;
    s += " a day";
  } else if (auto goal = line.target.goal()) {
    s += "; ";
    s += line.target.group;
    s += " need ";
    s += FormatAmount(*goal);
    s += ' ';
    s += unit;
    s += " a day";
    if (line.target.ear) {
      s += " (";
      s += FormatAmount(*line.target.ear);
      s += ' ';
      s += unit;
      s += " covers only half of them)";
    }
  }
  s += '.';
  if (line.missing_entries > 0) {
    s += ' ';
    s += std::to_string(line.missing_entries);
    s += line.missing_entries == 1 ? " logged item has no " : " logged items have no ";
    s += name;
    s += " value, so the true amount may be higher.";
  }
  return s;
}

}  // namespace platewise
