#include "search/food_search.h"

#include "search/searchable_food.h"
#include "search/text_tokens.h"

namespace platewise::search {

Result<std::unique_ptr<FoodIndex>> LoadFoodIndex(FoodRepository& foods, DiaryRepository& diary) {
  auto listings = foods.ListFoodListings();
  if (!listings.ok()) return listings.status();
  std::vector<IndexedFood> indexed;
  indexed.reserve(listings->size());
  for (const FoodListing& l : *listings) {
    if (auto food = Searchable(l)) indexed.push_back(std::move(*food));
  }
  auto index = std::make_unique<FoodIndex>();
  index->AddAll(indexed);
  auto counts = diary.CountLogsByFood();
  if (!counts.ok()) return counts.status();
  for (const FoodLogCount& c : *counts) index->RecordLog(c.owner, c.food_id, static_cast<std::uint32_t>(c.entries));
  return index;
}

std::string SearchNote(std::string_view query, const FoodSearchResult& r) {
  std::string note;
  if (r.foods.empty()) return note;
  if (!r.relaxed.empty() || r.spelling_widened) {
    note += "No exact match for ";
    note += query;
    note += r.relaxed.empty() ? "; showing close spellings." : "; showing ";
    if (!r.relaxed.empty()) {
      note += r.searched;
      note += '.';
    }
  }
  for (const AliasUse& a : r.aliases) {
    if (!note.empty()) note += ' ';
    note += "Searched \"";
    note += a.searched;
    note += "\" for \"";
    note += a.typed;
    note += "\".";
  }
  return note;
}

Result<FoodSearchResult> SearchFoods(const FoodIndex& index, FoodRepository& foods, std::string_view query, int limit,
                                     UserId user) {
  if (TokenizeQuery(query).empty()) {
    return Status::InvalidArgument("search query \"" + std::string(query) +
                                   "\" has no letters or digits: type part of a food name");
  }
  FoundFoods found = FindFoods(index, QueryAliases::Bundled(), query, limit, user);
  FoodSearchResult out{{}, std::move(found.relaxed), found.spelling_widened, std::move(found.aliases),
                       std::move(found.searched)};
  for (const SearchHit& hit : found.hits) {
    auto food = foods.GetVisibleFood(user, hit.id);
    // Gone since the index learnt of it (deleted through another server,
    // whose change has not reached this index yet): not a result.
    if (food.status().code() == StatusCode::kNotFound) continue;
    if (!food.ok()) return food.status();
    out.foods.push_back(std::move(*food));
  }
  return out;
}

}  // namespace platewise::search
