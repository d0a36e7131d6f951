#include "json/nutrient_json.h"

#include "core/nutrient/effective_targets.h"

namespace platewise {
namespace {

nlohmann::json Optional(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

nlohmann::json UlScopeJson(const NutrientTarget& t) {
  return t.ul ? nlohmann::json(UlScopeName(t.ul_scope)) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json TargetJson(const NutrientTarget& t) {
  return {{"key", t.key},
          {"name", t.name},
          {"unit", t.unit},
          {"group", t.group},
          {"target", Optional(t.goal())},
          {"source", TargetSourceName(t.source)},
          {"upper", Optional(t.personal_upper)},
          {"above_ul", TargetAboveUl(t)},
          {"dri_target", Optional(t.dri_goal())},
          {"ear", Optional(t.ear)},
          {"rda", Optional(t.rda)},
          {"ai", Optional(t.ai)},
          {"ul", Optional(t.ul)},
          {"ul_scope", UlScopeJson(t)},
          {"cdrr", Optional(t.cdrr)},
          {"note", t.note}};
}

nlohmann::json TargetsJson(const std::vector<NutrientTarget>& targets) {
  nlohmann::json list = nlohmann::json::array();
  for (const NutrientTarget& t : targets) list.push_back(TargetJson(t));
  return {{"targets", std::move(list)}};
}

nlohmann::json NutrientReportJson(const NutrientReport& report) {
  nlohmann::json dates = nlohmann::json::array();
  for (const CivilDate& d : report.logged_days) dates.push_back(d.ToString());
  nlohmann::json partly = nlohmann::json::array();
  for (const CivilDate& d : report.partly_logged_days) partly.push_back(d.ToString());
  nlohmann::json list = nlohmann::json::array();
  for (const NutrientReportLine& l : report.nutrients) {
    const NutrientTarget& t = l.target;
    nlohmann::json top = nlohmann::json::array();
    for (const FoodContribution& c : l.top_foods) {
      top.push_back({{"food_id", c.id}, {"name", c.name}, {"amount", c.amount}, {"share", c.share}});
    }
    const char* kind = t.rda ? "rda" : t.ai ? "ai" : nullptr;
    list.push_back({
        {"key", t.key},
        {"name", t.name},
        {"unit", t.unit},
        {"mean", Optional(l.mean)},
        {"mean_supplements", Optional(l.mean_supplements)},
        {"mean_food", Optional(l.mean_food)},
        {"target", Optional(t.goal())},
        {"target_kind", kind ? nlohmann::json(kind) : nlohmann::json(nullptr)},
        {"target_source", TargetSourceName(t.source)},
        {"dri_target", Optional(t.dri_goal())},
        {"upper", Optional(t.personal_upper)},
        {"ear", Optional(t.ear)},
        {"ul", Optional(t.ul)},
        {"ul_scope", UlScopeJson(t)},
        {"ul_intake", Optional(l.ul_intake)},
        {"cdrr", Optional(t.cdrr)},
        {"percent", Optional(l.percent)},
        {"days", l.days},
        {"days_without_value", l.days_without_value},
        {"missing_entries", l.missing_entries},
        {"days_below_ear", l.days_below_ear},
        {"partly_logged_below_ear", l.partly_logged_below_ear},
        {"days_above_ul", l.days_above_ul},
        {"status", AdequacyName(l.status)},
        {"top_foods", std::move(top)},
        {"explanation", l.explanation.empty() ? nlohmann::json(nullptr) : nlohmann::json(l.explanation)},
    });
  }
  return {{"from", report.from.ToString()},
          {"to", report.to.ToString()},
          {"logged_days", report.logged_days.size()},
          {"days_not_logged", report.days_not_logged},
          {"dates", std::move(dates)},
          {"partly_logged_days", std::move(partly)},
          {"nutrients", std::move(list)}};
}

nlohmann::json GapSuggestionsJson(const CivilDate& date, const GapSuggestions& r) {
  nlohmann::json gaps = nlohmann::json::array();
  for (const NutrientGap& g : r.gaps) {
    auto closed = r.closed.find(g.key);
    gaps.push_back({{"key", g.key},
                    {"unit", g.unit},
                    {"amount", g.amount},
                    {"closed", closed == r.closed.end() ? nlohmann::json(nullptr) : nlohmann::json(closed->second)}});
  }
  nlohmann::json list = nlohmann::json::array();
  for (const Suggestion& s : r.suggestions) {
    nlohmann::json adds = nlohmann::json::object();
    for (const auto& [k, v] : s.adds) adds[k] = v;
    list.push_back({{"food_id", s.food_id},
                    {"name", s.name},
                    {"grams", s.grams},
                    {"portion", s.portion},
                    {"kcal", s.kcal},
                    {"adds", std::move(adds)}});
  }
  return {{"date", date.ToString()},
          {"kcal_left", r.kcal_left},
          {"energy_unknown_entries", r.energy_unknown_entries},
          {"gaps", std::move(gaps)},
          {"suggestions", std::move(list)},
          {"note", r.note.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.note)},
          {"absorption_note",
           r.absorption_note.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.absorption_note)}};
}

nlohmann::json RankedFoodsJson(const std::string& nutrient, const std::string& unit, const std::string& per,
                               const std::vector<RankedFood>& foods) {
  nlohmann::json list = nlohmann::json::array();
  for (const RankedFood& r : foods) {
    nlohmann::json portion = nullptr;
    if (!r.food.portions.empty()) {
      const Portion& p = r.food.portions.front();
      portion = {{"amount", p.amount}, {"unit", p.unit}, {"grams", p.grams.value()}};
    }
    list.push_back({{"food_id", r.food.id},
                    {"name", r.food.description},
                    {"food_group", r.food.food_group},
                    {"amount", r.amount},
                    {"portion", std::move(portion)}});
  }
  return {{"nutrient", nutrient}, {"unit", unit}, {"per", per}, {"foods", std::move(list)}};
}

}  // namespace platewise
