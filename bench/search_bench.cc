// platewise-bench search: the whole food search people get (search::FindFoods:
// aliases, relaxing) against SQLite FTS5 (prefix match on every word, bm25
// order) over the same rows, in the same run.
//
// Two corpora: SR24 (8,858 foods), and SR24 plus about 3 million brand
// products shaped like Open Food Facts and FoodData Central Branded
// (bench/branded_corpus.h, made from a fixed seed). Each runs the queries of
// the tuning set (tests/search/relevance.tsv and relevance_tuning.tsv; never
// the held-out set), every query timed on its own, single-threaded on one
// core. Prints per corpus:
//   search foods=N p50_us=X p99_us=Y fts5_p50_us=Z speedup=Z/X index_mb=M build_ms=B
//   search foods=N index_bytes_per_food=.. name_mb=.. top3_hit_rate=.. fts5_top3_hit_rate=.. ...
//   search foods=N brand_rank cheerios=1 ... bare_top3_without_brand=.. brand_over_plain_match=K
// The last: for each brand query (bench/branded_corpus.h) the rank of the
// first product of that brand (target 1), the share of the tuning queries,
// all bare generic ones, whose top 3 holds no brand product, and how many of
// them rank a brand product above a plain food that has every word as typed
// (target 0: search/food_finder.h, step 3).
//
// FTS5 over 3 million rows takes minutes to build; `--fts5-foods N` (default
// 500000) indexes the first N rows of the big corpus only, and the line says
// so (fts5_foods=N). `--brand-foods N` sets the corpus size, `--verbose` lists
// the slowest queries.

#include <sched.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <sstream>

#include "bench_parts.h"
#include "branded_corpus.h"
#include "import/usda_sr24.h"
#include "search/food_finder.h"
#include "search/food_index.h"
#include "search/text_tokens.h"

namespace platewise::bench {
namespace {

using Clock = std::chrono::steady_clock;
constexpr int kRounds = 15;
constexpr int kLimit = 10;
constexpr std::int64_t kUser = 1;

struct Query {
  std::string text;
  std::vector<std::string> ids;
};

std::vector<Query> LoadQueries(const std::string& file) {
  std::ifstream in(std::string(PLATEWISE_SOURCE_DIR) + "/tests/search/" + file);
  std::vector<Query> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
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

bool IsBrandProduct(const std::string& id) { return id.starts_with("off:") || id.starts_with("fdc:"); }

class Fts5 {
 public:
  Fts5(const std::vector<search::IndexedFood>& foods, std::size_t rows) {
    sqlite3_open(":memory:", &db_);
    sqlite3_exec(db_, "CREATE VIRTUAL TABLE f USING fts5(name, id UNINDEXED, tokenize='unicode61')", nullptr,
                 nullptr, nullptr);
    sqlite3_exec(db_, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* ins = nullptr;
    sqlite3_prepare_v2(db_, "INSERT INTO f (name, id) VALUES (?1, ?2)", -1, &ins, nullptr);
    for (std::size_t i = 0; i < rows && i < foods.size(); ++i) {
      sqlite3_bind_text(ins, 1, foods[i].name.c_str(), -1, SQLITE_STATIC);
      sqlite3_bind_text(ins, 2, foods[i].id.c_str(), -1, SQLITE_STATIC);
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

// 1-based rank of the first hit whose name holds `brand_words`, 0 when none of the top kLimit does.
int BrandRank(const std::vector<search::SearchHit>& hits, const std::string& brand_words) {
  std::vector<std::string> brand = search::TokenizeQuery(brand_words);
  for (std::size_t i = 0; i < hits.size(); ++i) {
    std::vector<std::string> name = search::TokenizeQuery(hits[i].name);
    if (std::search(name.begin(), name.end(), brand.begin(), brand.end()) != name.end()) return static_cast<int>(i) + 1;
  }
  return 0;
}

// Whether a brand product ranks above a plain food that matches every word
// searched as typed (the rule of search/food_finder.h, step 3): one of the
// hits below it, or the best such food a plain-only search finds.
bool BrandOverPlainMatch(const search::FoodIndex& index, const search::FoundFoods& found) {
  bool brand_seen = false;
  for (const auto& h : found.hits) {
    if (h.brand_product) brand_seen = true;
    else if (h.as_typed && brand_seen) return true;
  }
  if (found.hits.empty() || !found.hits[0].brand_product) return false;
  auto plain = index.SearchWords(search::TokenizeQuery(found.searched), 1, kUser, found.spelling_widened ? 1 : 0,
                                 search::SearchProducts::kPlainOnly);
  return !plain.empty() && plain[0].as_typed;
}

struct Options {
  bool verbose = false;
  std::size_t brand_foods = 3000000;
  std::size_t fts5_foods = 500000;
  std::string results;  // a file for every query's results, to compare two builds
};

// Returns, per query, whether it hit. `before`: the same for a smaller
// corpus; with --verbose the queries that hit there and miss here are listed
// with what came first.
std::vector<bool> RunCorpus(const std::vector<search::IndexedFood>& foods, const std::vector<Query>& queries,
                            const Options& opt, const std::vector<bool>& before) {
  auto t0 = Clock::now();
  search::FoodIndex index;
  index.AddAll(foods);
  double build_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  search::IndexStats st = index.Stats();
  const search::QueryAliases& aliases = search::QueryAliases::Bundled();

  std::vector<double> ours;
  std::vector<std::pair<double, std::string>> slowest(queries.size());  // (max us, query)
  int our_hits = 0, without_brand = 0, brand_over_plain = 0;
  std::vector<bool> hit(queries.size(), false);
  std::vector<std::string> lost;
  std::ofstream results;
  if (!opt.results.empty()) results.open(opt.results, std::ios::app);
  results << std::setprecision(9);
  for (int round = 0; round < kRounds; ++round) {
    for (std::size_t i = 0; i < queries.size(); ++i) {
      const Query& q = queries[i];
      auto a = Clock::now();
      search::FoundFoods found = search::FindFoods(index, aliases, q.text, kLimit, kUser);
      auto b = Clock::now();
      ours.push_back(std::chrono::duration<double, std::micro>(b - a).count());
      slowest[i] = {std::max(slowest[i].first, ours.back()), q.text};
      if (round == 0) {
        std::vector<std::string> ids;
        bool brand_in_top3 = false;
        for (const auto& h : found.hits) {
          if (ids.size() < 3) brand_in_top3 = brand_in_top3 || IsBrandProduct(h.id);
          ids.push_back(h.id);
        }
        hit[i] = Hit(ids, q);
        our_hits += hit[i];
        if (results.is_open()) {
          results << st.foods << '\t' << q.text << '\t' << found.searched << (found.spelling_widened ? " +1" : "")
                  << " aliases=" << found.aliases.size();
          for (const auto& h : found.hits) results << '\t' << h.id << ' ' << h.score;
          results << '\n';
        }
        without_brand += !brand_in_top3;
        brand_over_plain += BrandOverPlainMatch(index, found);
        if (i < before.size() && before[i] && !hit[i]) {
          std::string got = "  lost: \"" + q.text + "\":";
          for (std::size_t k = 0; k < 3 && k < found.hits.size(); ++k) got += " [" + found.hits[k].name + "]";
          lost.push_back(got);
        }
      }
    }
  }

  // FTS5: fewer rounds over a big corpus (its queries take milliseconds each).
  const std::size_t fts_rows = foods.size() > opt.fts5_foods ? opt.fts5_foods : foods.size();
  auto f0 = Clock::now();
  Fts5 fts(foods, fts_rows);
  double fts_build_ms = std::chrono::duration<double, std::milli>(Clock::now() - f0).count();
  const int fts_rounds = fts_rows > 100000 ? 1 : kRounds;
  std::vector<double> theirs;
  int fts_hits = 0;
  for (int round = 0; round < fts_rounds; ++round) {
    for (const Query& q : queries) {
      auto a = Clock::now();
      auto fts_ids = fts.Search(q.text);
      theirs.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
      if (round == 0) fts_hits += Hit(fts_ids, q);
    }
  }

  const double n = static_cast<double>(queries.size());
  double p50 = Percentile(ours, 0.5), p99 = Percentile(ours, 0.99), fts_p50 = Percentile(theirs, 0.5);
  std::printf("search foods=%zu p50_us=%.1f p99_us=%.1f fts5_p50_us=%.1f speedup=%.1f index_mb=%.1f build_ms=%.0f\n",
              st.foods, p50, p99, fts_p50, fts_p50 / p50, static_cast<double>(st.index_bytes) / 1e6, build_ms);
  std::printf("search foods=%zu index_bytes_per_food=%.1f name_mb=%.1f top3_hit_rate=%.3f fts5_top3_hit_rate=%.3f "
              "fts5_p99_us=%.1f queries=%zu terms=%zu fts5_foods=%zu fts5_build_ms=%.0f fts5_rounds=%d\n",
              st.foods, static_cast<double>(st.index_bytes) / static_cast<double>(st.foods),
              static_cast<double>(st.name_bytes) / 1e6, our_hits / n, fts_hits / n, Percentile(theirs, 0.99),
              queries.size(), st.terms, fts_rows, fts_build_ms, fts_rounds);
  std::printf("search foods=%zu brand_rank", st.foods);
  for (const BrandQuery& bq : RealBrandQueries()) {
    int rank = BrandRank(search::FindFoods(index, aliases, bq.query, kLimit, kUser).hits, bq.brand_words);
    std::string key = bq.query;
    std::replace(key.begin(), key.end(), ' ', '_');
    std::printf(" %s=%s", key.c_str(), rank ? std::to_string(rank).c_str() : "none");
  }
  std::printf(" bare_top3_without_brand=%.3f brand_over_plain_match=%d\n", without_brand / n, brand_over_plain);
  if (opt.verbose) {
    std::sort(slowest.rbegin(), slowest.rend());
    for (size_t i = 0; i < 10 && i < slowest.size(); ++i) {
      std::printf("  slowest: %8.1f us  \"%s\"\n", slowest[i].first, slowest[i].second.c_str());
    }
    for (const auto& l : lost) std::printf("%s\n", l.c_str());
  }
  std::fflush(stdout);
  return hit;
}

int RunSearchBench(const std::vector<std::string>& args) {
  Options opt;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--verbose") opt.verbose = true;
    else if (args[i] == "--brand-foods" && i + 1 < args.size()) opt.brand_foods = std::stoul(args[++i]);
    else if (args[i] == "--fts5-foods" && i + 1 < args.size()) opt.fts5_foods = std::stoul(args[++i]);
    else if (args[i] == "--results" && i + 1 < args.size()) opt.results = args[++i];
    else {
      std::fprintf(stderr, "usage: platewise-bench search [--verbose] [--brand-foods N] [--fts5-foods N] [--results FILE]\n");
      return 2;
    }
  }
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
  std::vector<Query> queries = LoadQueries("relevance.tsv");
  std::vector<Query> tuning = LoadQueries("relevance_tuning.tsv");
  queries.insert(queries.end(), tuning.begin(), tuning.end());
  std::vector<bool> sr_hits = RunCorpus(sr, queries, opt, {});
  if (opt.brand_foods == 0) return 0;

  // SR24 first, then the brand products: FTS5 over a subset indexes SR24 and the first of them.
  std::vector<search::IndexedFood> big = sr;
  std::vector<search::IndexedFood> branded = BrandedCorpus(sr, opt.brand_foods);
  if (opt.verbose) {
    for (std::size_t i = 0; i < branded.size(); i += branded.size() / 16 + 1) {
      std::printf("  sample: %s  \"%s\"\n", branded[i].id.c_str(), branded[i].name.c_str());
    }
  }
  big.insert(big.end(), std::make_move_iterator(branded.begin()), std::make_move_iterator(branded.end()));
  branded.clear();
  branded.shrink_to_fit();
  RunCorpus(big, queries, opt, sr_hits);
  return 0;
}

}  // namespace

int RunSearch(const std::vector<std::string>& args) { return RunSearchBench(args); }

}  // namespace platewise::bench
