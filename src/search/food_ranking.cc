#include "search/food_ranking.h"

#include <cctype>
#include <algorithm>
#include <cmath>

namespace platewise::search {
namespace {

constexpr float kExact = 10;
constexpr float kPrefixBase = 5;
constexpr float kPrefixPerTypedShare = 4;  // + 4 x (typed / term length)
constexpr float kTypo1 = 4.5f;
constexpr float kTypo2 = 3;

constexpr float kPlaceHeadOnly = 7.5f;
constexpr float kPlaceHeadFirst = 5;
constexpr float kPlaceHeadOther = 3;
constexpr float kPlaceSecondFirst = 1.5f;

constexpr float kPerWord = -0.6f;
constexpr float kRaw = 2.5f;
constexpr float kPerPortionOverTwo = 0.8f;  // x (min(portions, 6) - 2), when positive
constexpr float kBaby = -8;
constexpr float kBranded = -6;
constexpr float kPrepared = -4;
constexpr float kEveryoneLogs = 0.5f;  // x log2(1 + logs by everyone)
constexpr float kUserLogs = 3;         // x log2(1 + logs by this user)

bool ContainsBrandWord(std::string_view name) {
  // An ALL-CAPS word of 3+ letters ("KRAFT", "McDONALD'S" has "DONALD").
  int run = 0;
  for (char c : name) {
    if (std::isupper(static_cast<unsigned char>(c))) {
      if (++run >= 3) return true;
    } else {
      run = 0;
    }
  }
  return false;
}

}  // namespace

float KindScore(MatchKind kind, std::size_t typed, std::size_t term_length) {
  switch (kind) {
    case MatchKind::kExact: return kExact;
    case MatchKind::kPrefix:
      return kPrefixBase + kPrefixPerTypedShare * static_cast<float>(typed) / static_cast<float>(term_length);
    case MatchKind::kTypo1: return kTypo1;
    case MatchKind::kTypo2: return kTypo2;
  }
  return 0;
}

float PlaceBonus(Place place) {
  switch (place) {
    case Place::kHeadOnly: return kPlaceHeadOnly;
    case Place::kHeadFirst: return kPlaceHeadFirst;
    case Place::kHeadOther: return kPlaceHeadOther;
    case Place::kSecondFirst: return kPlaceSecondFirst;
    case Place::kOther: return 0;
  }
  return 0;
}

FoodTraits TraitsOf(std::string_view name, std::string_view group, bool branded_by_source, int portions) {
  FoodTraits t;
  t.portions = portions;
  for (const auto& tok : TokenizeName(name)) {
    if (!IsFillerWord(tok.word)) ++t.word_count;
    if (tok.word == "raw" || tok.word == "plain") t.raw = true;
  }
  std::string lower;
  for (char c : name.substr(0, 16)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  t.baby = group == "Baby Foods" || lower.starts_with("babyfood") || lower.starts_with("infant formula");
  t.branded = branded_by_source || ContainsBrandWord(name);
  t.prepared = group == "Fast Foods" || group == "Restaurant Foods" || group == "Meals, Entrees, and Side Dishes";
  return t;
}

float StaticScore(const FoodTraits& t) {
  float s = kPerWord * static_cast<float>(t.word_count);
  if (t.raw) s += kRaw;
  if (t.portions > 2) s += kPerPortionOverTwo * static_cast<float>(std::min(t.portions, 6) - 2);
  if (t.baby) s += kBaby;
  if (t.branded) s += kBranded;
  if (t.prepared) s += kPrepared;
  return s;
}

float EveryoneLogsBoost(std::uint32_t logs) { return kEveryoneLogs * std::log2(1.0f + static_cast<float>(logs)); }

float UserBoost(std::uint32_t logs_by_user) { return kUserLogs * std::log2(1.0f + static_cast<float>(logs_by_user)); }

}  // namespace platewise::search
