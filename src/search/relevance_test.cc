// The relevance set (tests/search/relevance.tsv): for each query, the foods a
// person typing it most likely means. Asserts the top-3 hit rate over the
// whole SR24 data. The failing queries are printed to help tuning.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "import/usda_sr24.h"
#include "search/food_index.h"

namespace platewise::search {
namespace {

struct Case {
  std::string query;
  std::vector<std::string> ids;
};

std::vector<Case> LoadCases() {
  std::ifstream in(std::string(PLATEWISE_TEST_DATA_DIR) + "/../search/relevance.tsv");
  std::vector<Case> cases;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    Case c{line.substr(0, tab), {}};
    std::stringstream ids(line.substr(tab + 1));
    std::string id;
    while (std::getline(ids, id, ',')) c.ids.push_back(id);
    cases.push_back(std::move(c));
  }
  return cases;
}

TEST(RelevanceTest, TopThreeHitRateIsAtLeastNinetyPercent) {
  auto ds = ReadUsdaSr24(std::string(PLATEWISE_BUNDLED_DATA_DIR) + "/usda-sr24");
  ASSERT_TRUE(ds.ok()) << ds.status().message();
  std::vector<IndexedFood> foods;
  for (const Food& f : ds->foods) {
    foods.push_back({f.id, f.description, f.food_group, false, static_cast<int>(f.portions.size()), kSharedFood});
  }
  FoodIndex index;
  index.AddAll(foods);

  std::vector<Case> cases = LoadCases();
  ASSERT_GE(cases.size(), 60u);
  int hits = 0;
  for (const Case& c : cases) {
    auto results = index.Search(c.query, 3, 1);
    bool hit = false;
    for (const auto& r : results)
      for (const auto& id : c.ids) hit |= r.id == id;
    if (hit) {
      ++hits;
    } else {
      std::string got;
      for (const auto& r : results) got += "\n    " + r.id + " " + r.name + " (" + std::to_string(r.score) + ")";
      std::cout << "  miss: \"" << c.query << "\" got:" << got << "\n";
    }
  }
  double rate = static_cast<double>(hits) / static_cast<double>(cases.size());
  std::cout << "top-3 hit rate: " << hits << "/" << cases.size() << " = " << rate << "\n";
  EXPECT_GE(rate, 0.90);
}

}  // namespace
}  // namespace platewise::search
