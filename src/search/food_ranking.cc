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
constexpr float kWholeHead = 4;
constexpr float kSharedWordShare = 0.25f;  // of the kind score, no place bonus

constexpr float kPerWord = -0.6f;  // per name word outside parentheses (SR's notes)
constexpr float kGeneric = 2;      // "all types", "mixed species": the food in general
constexpr float kRaw = 2.5f;
constexpr float kPerPortionOverTwo = 0.8f;  // x (min(portions, 6) - 2), when positive
constexpr float kBaby = -8;
constexpr float kBranded = -6;
constexpr float kPrepared = -4;
// The form people eat (search/food_form.h). `raw` above counts only outside
// the groups eaten prepared, where the as-eaten bonus takes its place.
constexpr float kAsEaten = 2.5f;
constexpr float kIngredient = -4;
constexpr float kOrganMeat = -4;
constexpr float kDietVariant = -1.5f;
constexpr float kSubstitute = -5;
constexpr float kEveryoneLogs = 0.5f;     // x log2(1 + logs by everyone)
constexpr float kUserLogs = 3;            // x log2(1 + logs by this user)
constexpr float kUserLogsShortQuery = 12;  // the same, for a short query
constexpr std::size_t kShortQueryChars = 2;

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

float WholeHeadBonus() { return kWholeHead; }

bool IsMatchAsTyped(float kind_score) { return kind_score >= kPrefixBase; }

float SharedWordScore(float kind_score) { return kSharedWordShare * kind_score; }

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
  // Name words, each once (the joined form of a hyphenated word is not
  // another word), not counting SR's notes in parentheses ("(includes onion,
  // poppy, sesame)"): they do not qualify the food.
  std::vector<std::string> words;
  bool raw_word = false;
  for (NameToken& tok : TokenizeName(name)) {
    if (!IsFillerWord(tok.word) && !tok.joined && !tok.in_note) ++t.word_count;
    if (tok.word == "plain") t.raw = true;
    if (tok.word == "raw") raw_word = true;
    words.push_back(std::move(tok.word));
  }
  t.form = FormOf(words, group);
  // Raw is the plain form of a food eaten raw, not of rice or dry beans.
  if (raw_word && !t.form.cooked_kind) t.raw = true;
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
  if (t.form.generic) s += kGeneric;
  if (t.portions > 2) s += kPerPortionOverTwo * static_cast<float>(std::min(t.portions, 6) - 2);
  if (t.baby) s += kBaby;
  if (t.branded) s += kBranded;
  if (t.prepared) s += kPrepared;
  if (t.form.as_eaten) s += kAsEaten;
  if (t.form.ingredient) s += kIngredient;
  if (t.form.organ_meat) s += kOrganMeat;
  if (t.form.diet_variant) s += kDietVariant;
  if (t.form.substitute) s += kSubstitute;
  return s;
}

float EveryoneLogsBoost(std::uint32_t logs) { return kEveryoneLogs * std::log2(1.0f + static_cast<float>(logs)); }

float UserBoost(std::uint32_t logs_by_user, bool short_query) {
  return (short_query ? kUserLogsShortQuery : kUserLogs) * std::log2(1.0f + static_cast<float>(logs_by_user));
}

bool ShortQuery(const std::vector<std::string>& words) {
  std::size_t chars = 0;
  for (const auto& w : words) chars += w.size();
  return chars <= kShortQueryChars;
}

}  // namespace platewise::search
