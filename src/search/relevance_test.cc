// The relevance sets (tests/search/): for each query, the foods a person
// typing it most likely means; a hit is one of them in the top 3.
//
// - relevance.tsv and relevance_tuning.tsv: the tuning set. The ranking
//   (search/food_ranking.cc, search/food_form.cc, the alias table) is tuned on
//   these; their misses are printed to help.
// - relevance_heldout2.tsv: the test set, written apart from the ranking and
//   never tuned on (the first one, relevance_heldout.tsv, was spent: its
//   misses were read while tuning, and it is batch 3 of the tuning set). Only its counts are printed: a person who reads its
//   misses to fix them has spent it (move such cases to the tuning set and
//   write new held-out ones; tests/search/split_relevance_cases says where a
//   new case goes).
//
// Every query runs through the whole search (aliases, relaxing) over SR24.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "import/usda_sr24.h"
#include "search/food_finder.h"
#include "search/food_index.h"

namespace platewise::search {
namespace {

struct Case {
  std::string query;
  std::vector<std::string> ids;
};

std::vector<Case> LoadCases(const std::string& file) {
  std::ifstream in(std::string(PLATEWISE_TEST_DATA_DIR) + "/../search/" + file);
  EXPECT_TRUE(in.good()) << "cannot read tests/search/" << file;
  std::vector<Case> cases;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
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

class RelevanceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto ds = ReadUsdaSr24(std::string(PLATEWISE_BUNDLED_DATA_DIR) + "/usda-sr24");
    ASSERT_TRUE(ds.ok()) << ds.status().message();
    std::vector<IndexedFood> foods;
    for (const Food& f : ds->foods) {
      foods.push_back({f.id, f.description, f.food_group, false, static_cast<int>(f.portions.size()), kSharedFood});
    }
    index_ = new FoodIndex();
    index_->AddAll(foods);
  }
  static void TearDownTestSuite() {
    delete index_;
    index_ = nullptr;
  }

  struct Outcome {
    int hits = 0;
    int empty = 0;
    int total = 0;
    double rate() const { return total ? static_cast<double>(hits) / total : 0; }
  };
  // `show_misses`: print each miss with what was found (tuning set only).
  static Outcome Run(const std::vector<Case>& cases, bool show_misses) {
    Outcome o;
    for (const Case& c : cases) {
      FoundFoods found = FindFoods(*index_, QueryAliases::Bundled(), c.query, 3, 1);
      bool hit = false;
      for (const auto& r : found.hits)
        for (const auto& id : c.ids) hit |= r.id == id;
      ++o.total;
      if (hit) ++o.hits;
      if (found.hits.empty()) ++o.empty;
      if (!hit && show_misses) {
        std::string got;
        for (const auto& r : found.hits) got += "\n    " + r.id + " " + r.name + " (" + std::to_string(r.score) + ")";
        std::cout << "  miss: \"" << c.query << "\" got:" << (got.empty() ? " nothing" : got) << "\n";
      }
    }
    return o;
  }
  static FoodIndex* index_;
};

FoodIndex* RelevanceTest::index_ = nullptr;

TEST_F(RelevanceTest, TuningSetTopThreeHitRateIsAtLeastNinetyPercent) {
  std::vector<Case> cases = LoadCases("relevance.tsv");
  std::vector<Case> more = LoadCases("relevance_tuning.tsv");
  cases.insert(cases.end(), more.begin(), more.end());
  ASSERT_GE(cases.size(), 150u);
  Outcome o = Run(cases, true);
  std::cout << "tuning set top-3 hit rate: " << o.hits << "/" << o.total << " = " << o.rate() << "\n";
  EXPECT_GE(o.rate(), 0.90);
  EXPECT_EQ(o.empty, 0) << "queries of the tuning set that found nothing";
}

// Issue 15 asks for a top-3 rate of at least 95% here; the ranking reaches
// 86.9% (226 of 260) on this set, so the issue stays open. What this test
// holds to: no everyday query finds nothing, and the rate does not fall
// below kHeldOutFloor (just under what was measured when the set was new),
// so a change that loses relevance fails here. Raise the floor as the ranking
// improves; never lower it to pass.
constexpr double kHeldOutTarget = 0.95;
constexpr double kHeldOutFloor = 0.85;

TEST_F(RelevanceTest, HeldOutSetFindsSomethingForEveryQueryAndKeepsItsTopThreeRate) {
  std::vector<Case> cases = LoadCases("relevance_heldout2.tsv");
  ASSERT_GE(cases.size(), 200u);
  Outcome o = Run(cases, false);
  std::cout << "held-out set top-3 hit rate: " << o.hits << "/" << o.total << " = " << o.rate()
            << " (target " << kHeldOutTarget << ", floor " << kHeldOutFloor << "); found nothing: " << o.empty << "\n";
  EXPECT_GE(o.rate(), kHeldOutFloor);
  EXPECT_EQ(o.empty, 0) << "queries of the held-out set that found nothing";
}

}  // namespace
}  // namespace platewise::search
