// platewise foods search QUERY [--limit N] [--json]
// platewise foods show ID [--json]
// platewise foods barcode CODE [--json]
// platewise foods top NUTRIENT [--per 100g|100kcal|portion] [--limit N] [--json]

#include <cstdio>
#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "core/food/barcode_lookup.h"
#include "core/nutrient/nutrient_use_cases.h"
#include "json/barcode_matches_json.h"
#include "json/food_json.h"
#include "json/food_search_json.h"
#include "search/food_search.h"
#include "json/nutrient_json.h"

namespace platewise::cli {
namespace {

std::string JoinPositionals(const Arguments& args) {
  std::string joined;
  for (const auto& p : args.positionals()) joined += (joined.empty() ? "" : " ") + p;
  return joined;
}

std::string Number(const std::optional<double>& v, const char* fmt) {
  if (!v) return "not analysed";
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, *v);
  return buf;
}

}  // namespace

Status RunFoodsSearch(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("foods search", {"limit", "json"}));
  std::string query = JoinPositionals(ctx.args());
  if (query.empty()) return Status::InvalidArgument("give part of a food name to search for");
  auto limit = ctx.args().GetInt("limit", 10, 1, 1000);
  if (!limit.ok()) return limit.status();
  auto store = ctx.OpenStoreWithFoods();
  if (!store.ok()) return store.status();
  auto index = search::LoadFoodIndex(*(*store)->foods, *(*store)->diary);
  if (!index.ok()) return index.status();
  auto found = search::SearchFoods(**index, *(*store)->foods, query, *limit, kLocalUser);
  if (!found.ok()) return found.status();
  if (ctx.args().Has("json")) {
    ctx.out() << FoodSearchJson(query, *found).dump(2) << "\n";
    return Status::Ok();
  }
  if (found->foods.empty()) ctx.out() << "No food matches \"" << query << "\".\n";
  if (std::string note = search::SearchNote(query, *found); !note.empty()) ctx.out() << note << "\n";
  for (const SharedFood& food : found->foods) {
    const Food& f = *food;
    char line[512];
    std::snprintf(line, sizeof line, "%-7s %-60s %s kcal/100 g\n", f.id.c_str(), f.description.c_str(),
                  Number(f.per_100g.Get("energy"), "%.0f").c_str());
    ctx.out() << line;
  }
  return Status::Ok();
}

Status RunFoodsShow(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("foods show", {"json"}));
  if (ctx.args().positionals().size() != 1) return Status::InvalidArgument("give exactly one food id");
  auto store = ctx.OpenStoreWithFoods();
  if (!store.ok()) return store.status();
  auto found = (*store)->foods->GetFood(ctx.args().positionals()[0]);
  if (!found.ok()) return found.status();
  const SharedFood& food = *found;
  auto catalog = (*store)->foods->ListNutrients();
  if (!catalog.ok()) return catalog.status();
  if (ctx.args().Has("json")) {
    ctx.out() << FoodDetailJson(*food, *catalog).dump(2) << "\n";
    return Status::Ok();
  }
  ctx.out() << food->id << "  " << food->description << "\n";
  if (!food->food_group.empty()) ctx.out() << "Group: " << food->food_group << "\n";
  ctx.out() << "\nPortions:\n";
  if (food->portions.empty()) ctx.out() << "  (none; log it in grams)\n";
  for (const Portion& p : food->portions) {
    char line[256];
    std::snprintf(line, sizeof line, "  %g %s = %g g\n", p.amount, p.unit.c_str(), p.grams.value());
    ctx.out() << line;
  }
  ctx.out() << "\nPer 100 g:\n";
  for (const Nutrient& n : *catalog) {
    char line[256];
    auto v = food->per_100g.Get(n.key);
    std::snprintf(line, sizeof line, "  %-40s %s%s%s\n", n.name.c_str(), Number(v, "%g").c_str(), v ? " " : "",
                  v ? n.unit.c_str() : "");
    ctx.out() << line;
  }
  return Status::Ok();
}

Status RunFoodsBarcode(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("foods barcode", {"json"}));
  if (ctx.args().positionals().size() != 1) {
    return Status::InvalidArgument("give one barcode, the digits under the bars: 'platewise foods barcode CODE'");
  }
  auto store = ctx.OpenStoreWithFoods();
  if (!store.ok()) return store.status();
  auto found = LookUpBarcode(*(*store)->foods, ctx.args().positionals()[0]);
  if (!found.ok()) return found.status();
  if (ctx.args().Has("json")) {
    ctx.out() << BarcodeMatchesJson(*found).dump(2) << "\n";
    return Status::Ok();
  }
  if (found->foods.empty()) {
    return Status::NotFound("no food has the barcode " + found->gtin +
                            " (the foods with barcodes come from FoodData Central's and Open Food Facts' data)");
  }
  for (const SharedFood& f : found->foods) {
    ctx.out() << f->id << "  " << NameWithBrand(f->description, f->brand) << "\n";
  }
  return Status::Ok();
}

Status RunFoodsTop(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("foods top", {"per", "limit", "json"}));
  const auto& pos = ctx.args().positionals();
  if (pos.size() != 1) return Status::InvalidArgument("give one nutrient key, e.g. magnesium");
  std::string per = ctx.args().Get("per").value_or("100g");
  auto basis = ParseRankBasis(per);
  if (!basis.ok()) return basis.status();
  auto limit = ctx.args().GetInt("limit", 20, 1, 1000);
  if (!limit.ok()) return limit.status();
  auto store = ctx.OpenStoreWithFoods();
  if (!store.ok()) return store.status();
  auto ranking = RankFoods(*(*store)->foods, pos[0], *basis, *limit);
  if (!ranking.ok()) return ranking.status();
  if (ctx.args().Has("json")) {
    ctx.out() << RankedFoodsJson(ranking->nutrient, ranking->unit, per, ranking->foods).dump(2) << "\n";
    return Status::Ok();
  }
  ctx.out() << "Foods richest in " << ranking->nutrient << ", " << ranking->unit << " per " << per << ":\n";
  for (const RankedFood& r : ranking->foods) {
    char line[512];
    std::string portion;
    if (*basis == RankBasis::kPerPortion && !r.food.portions.empty()) {
      const Portion& p = r.food.portions.front();
      char buf[128];
      std::snprintf(buf, sizeof buf, "  (%g %s, %.0f g)", p.amount, p.unit.c_str(), p.grams.value());
      portion = buf;
    }
    std::snprintf(line, sizeof line, "%-7s %10.1f %-4s %s%s\n", r.food.id.c_str(), r.amount, ranking->unit.c_str(),
                  r.food.description.c_str(), portion.c_str());
    ctx.out() << line;
  }
  return Status::Ok();
}

}  // namespace platewise::cli
