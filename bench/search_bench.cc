// platewise-bench search: the in-memory food index against SQLite FTS5 (prefix
// match on every word, bm25 order) over the same rows, in the same run.
//
// Two corpora: SR24 (8,858 foods) and a scale corpus of SR24 plus 50 copies of
// every name behind a brand word ("Brand0 Nuts, almonds" ... "Brand49 ..."),
// about 452,000 foods. Each runs the relevance queries of
// tests/search/relevance.tsv, every query timed on its own, single-threaded on
// one core. Prints per corpus:
//   search foods=N p50_us=X p99_us=Y fts5_p50_us=Z speedup=Z/X index_mb=M build_ms=B
// and the top-3 hit rate of both on the relevance set. `--verbose` also lists
// the slowest queries.

#include <sched.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "bench_parts.h"
#include "import/usda_sr24.h"
#include "search/food_index.h"
#include "search/text_tokens.h"

namespace platewise::bench {
namespace {

using Clock = std::chrono::steady_clock;
constexpr int kRounds = 15;
constexpr int kLimit = 10;

struct Query {
  std::string text;
  std::vector<std::string> ids;
};

std::vector<Query> LoadQueries() {
  std::ifstream in(std::string(PLATEWISE_SOURCE_DIR) + "/tests/search/relevance.tsv");
  std::vector<Query> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    Query q{line.substr(0, tab), {}};
    std::stringstream ids(line.substr(tab + 1));
    std::string id;
    while (std::getline(ids, id, ',')) q.ids.push_back(id);
    out.push_back(std::move(q));
  }
  return out;
}

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
}

bool Hit(const std::vector<std::string>& top, const Query& q) {
  for (size_t i = 0; i < top.size() && i < 3; ++i)
    for (const auto& id : q.ids)
      if (top[i] == id) return true;
  return false;
}

class Fts5 {
 public:
  explicit Fts5(const std::vector<search::IndexedFood>& foods) {
    sqlite3_open(":memory:", &db_);
    sqlite3_exec(db_, "CREATE VIRTUAL TABLE f USING fts5(name, id UNINDEXED, tokenize='unicode61')", nullptr,
                 nullptr, nullptr);
    sqlite3_exec(db_, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* ins = nullptr;
    sqlite3_prepare_v2(db_, "INSERT INTO f (name, id) VALUES (?1, ?2)", -1, &ins, nullptr);
    for (const auto& f : foods) {
      sqlite3_bind_text(ins, 1, f.name.c_str(), -1, SQLITE_STATIC);
      sqlite3_bind_text(ins, 2, f.id.c_str(), -1, SQLITE_STATIC);
      sqlite3_step(ins);
      sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_prepare_v2(db_, "SELECT id FROM f WHERE f MATCH ?1 ORDER BY bm25(f) LIMIT ?2", -1, &query_, nullptr);
  }
  ~Fts5() {
    sqlite3_finalize(query_);
    sqlite3_close(db_);
  }

  // Every word a prefix, all words required: "almo"* "milk"*.
  std::vector<std::string> Search(const std::string& text) {
    std::string match;
    for (const auto& w : search::TokenizeQuery(text)) match += (match.empty() ? "\"" : " \"") + w + "\"*";
    std::vector<std::string> ids;
    if (match.empty()) return ids;
    sqlite3_bind_text(query_, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(query_, 2, kLimit);
    while (sqlite3_step(query_) == SQLITE_ROW) ids.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(query_, 0)));
    sqlite3_reset(query_);
    return ids;
  }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* query_ = nullptr;
};

void RunCorpus(const std::vector<search::IndexedFood>& foods, const std::vector<Query>& queries, bool verbose) {
  auto t0 = Clock::now();
  search::FoodIndex index;
  index.AddAll(foods);
  double build_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  search::IndexStats st = index.Stats();

  Fts5 fts(foods);
  std::vector<double> ours, theirs;
  std::vector<std::pair<double, std::string>> slowest;  // (max us, query)
  int our_hits = 0, fts_hits = 0;
  for (int round = 0; round < kRounds; ++round) {
    for (const Query& q : queries) {
      auto a = Clock::now();
      auto hits = index.Search(q.text, kLimit, 1);
      auto b = Clock::now();
      auto fts_ids = fts.Search(q.text);
      auto c = Clock::now();
      ours.push_back(std::chrono::duration<double, std::micro>(b - a).count());
      if (round == 0) slowest.push_back({ours.back(), q.text});
      else slowest[&q - queries.data()].first = std::max(slowest[&q - queries.data()].first, ours.back());
      theirs.push_back(std::chrono::duration<double, std::micro>(c - b).count());
      if (round == 0) {
        std::vector<std::string> ids;
        for (const auto& h : hits) ids.push_back(h.id);
        our_hits += Hit(ids, q);
        fts_hits += Hit(fts_ids, q);
      }
    }
  }
  double p50 = Percentile(ours, 0.5), p99 = Percentile(ours, 0.99), fts_p50 = Percentile(theirs, 0.5);
  std::printf("search foods=%zu p50_us=%.1f p99_us=%.1f fts5_p50_us=%.1f speedup=%.1f index_mb=%.1f build_ms=%.0f\n",
              st.foods, p50, p99, fts_p50, fts_p50 / p50, static_cast<double>(st.index_bytes) / 1e6, build_ms);
  std::printf("search foods=%zu index_bytes_per_food=%.1f name_mb=%.1f top3_hit_rate=%.3f fts5_top3_hit_rate=%.3f "
              "fts5_p99_us=%.1f queries=%zu\n",
              st.foods, static_cast<double>(st.index_bytes) / static_cast<double>(st.foods),
              static_cast<double>(st.name_bytes) / 1e6, static_cast<double>(our_hits) / static_cast<double>(queries.size()),
              static_cast<double>(fts_hits) / static_cast<double>(queries.size()), Percentile(theirs, 0.99),
              queries.size());
  if (verbose) {
    std::sort(slowest.rbegin(), slowest.rend());
    for (size_t i = 0; i < 8 && i < slowest.size(); ++i) {
      std::printf("  slowest: %8.1f us  \"%s\"\n", slowest[i].first, slowest[i].second.c_str());
    }
  }
  std::fflush(stdout);
}

int RunSearchBench(const std::vector<std::string>& args) {
  bool verbose = std::find(args.begin(), args.end(), "--verbose") != args.end();
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(0, &one);
  sched_setaffinity(0, sizeof one, &one);  // one core, as the targets say

  auto ds = ReadUsdaSr24(std::string(PLATEWISE_SOURCE_DIR) + "/data/usda-sr24");
  if (!ds.ok()) {
    std::fprintf(stderr, "search bench: %s\n", ds.status().message().c_str());
    return 1;
  }
  std::vector<search::IndexedFood> sr;
  for (const Food& f : ds->foods) {
    sr.push_back({f.id, f.description, f.food_group, false, static_cast<int>(f.portions.size()), search::kSharedFood});
  }
  std::vector<Query> queries = LoadQueries();
  RunCorpus(sr, queries, verbose);

  std::vector<search::IndexedFood> scale = sr;
  scale.reserve(sr.size() * 51);
  for (int b = 0; b < 50; ++b) {
    std::string brand = "Brand" + std::to_string(b);
    for (const auto& f : sr) {
      scale.push_back({brand + "-" + f.id, brand + " " + f.name, f.food_group, true, f.portions, search::kSharedFood});
    }
  }
  RunCorpus(scale, queries, verbose);
  return 0;
}

}  // namespace

int RunSearch(const std::vector<std::string>& args) { return RunSearchBench(args); }

}  // namespace platewise::bench
