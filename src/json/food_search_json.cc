#include "json/food_search_json.h"

#include "json/food_json.h"

namespace platewise {

nlohmann::json FoodSearchJson(std::string_view query, const search::FoodSearchResult& result) {
  nlohmann::json foods = nlohmann::json::array();
  for (const SharedFood& f : result.foods) foods.push_back(FoodSummaryJson(*f));
  nlohmann::json aliases = nlohmann::json::array();
  for (const search::AliasUse& a : result.aliases) aliases.push_back({{"typed", a.typed}, {"searched", a.searched}});
  return {{"query", std::string(query)},
          {"foods", std::move(foods)},
          {"searched", result.searched},
          {"relaxed", result.relaxed},
          {"spelling_widened", result.spelling_widened},
          {"aliases", std::move(aliases)},
          {"note", search::SearchNote(query, result)}};
}

}  // namespace platewise
