#include "search/text_tokens.h"

#include <array>

namespace platewise::search {
namespace {

// Base letters of U+00C0..U+00FF ('\0' where the character is not a letter
// with an ASCII base, e.g. the multiplication sign).
constexpr char kLatin1Fold[64 + 1] =
    "aaaaaaaceeeeiiii"  // C0-CF
    "dnooooo\0ouuuuyts"  // D0-DF (D7 is x, DE thorn, DF sharp s)
    "aaaaaaaceeeeiiii"  // E0-EF
    "dnooooo\0ouuuuyty";  // F0-FF

// Appends the folded form of `text` to `out`, with ' ' for every break and
// '-' kept (callers decide what a hyphen means).
std::string Fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
      else if (c == '-') out += '-';
      else if (c == ',' || c == '(' || c == ')') out += static_cast<char>(c);
      else if (c == '\'') continue;  // "McDONALD'S" -> "mcdonalds"
      else out += ' ';
    } else if (c == 0xC3 && i + 1 < text.size()) {
      unsigned char d = static_cast<unsigned char>(text[i + 1]);
      ++i;
      char base = (d >= 0x80 && d <= 0xBF) ? kLatin1Fold[d - 0x80] : '\0';
      out += base ? base : ' ';
    } else {
      out += ' ';  // other non-ASCII: a break
      while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
    }
  }
  return out;
}

bool IsWordChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Splits folded text into raw words (hyphens kept inside words).
std::vector<std::string> Words(std::string_view folded) {
  std::vector<std::string> words;
  std::string w;
  for (char c : folded) {
    if (IsWordChar(c) || (c == '-' && !w.empty())) {
      w += c;
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

}  // namespace

std::string JoinWords(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to && i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

bool IsFillerWord(std::string_view w) {
  // "broilers or fryers" is SR's name for the usual chicken, not a qualifier.
  static constexpr std::array<std::string_view, 26> kFillers = {
      "with", "without", "and", "or", "in", "of", "per", "from", "by", "added", "all", "commercial",
      "varieties", "includes", "made", "year", "round", "average", "type", "such", "as", "the", "to", "for",
      "broilers", "fryers"};
  if (w.size() <= 1) return true;
  if (w.find_first_not_of("0123456789") == std::string_view::npos) return true;
  for (auto f : kFillers)
    if (w == f) return true;
  return false;
}

bool IsCategoryHead(std::string_view s) {
  static constexpr std::array<std::string_view, 24> kCategories = {
      "salad dressing", "soup",
      "nuts",      "seeds",        "spices",        "beverages",      "fish",
      "crustaceans", "mollusks",   "cereals",       "cereals ready-to-eat", "game meat",
      "alcoholic beverage", "carbonated beverage", "snacks", "candies", "fast foods",
      "restaurant", "usda commodity", "infant formula", "babyfood", "vegetables",
      "fruit",     "leavening agents"};
  for (auto c : kCategories)
    if (s == c) return true;
  return false;
}

std::vector<NameToken> TokenizeName(std::string_view name) {
  std::string folded = Fold(name);
  // Split into segments at top-level commas.
  std::vector<std::string> segments(1);
  int depth = 0;
  for (char c : folded) {
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (c == ',' && depth == 0) {
      segments.emplace_back();
    } else {
      // Parentheses stay (they are word breaks) so that words can say they
      // are inside them; a comma inside them is only a break.
      segments.back() += c == ',' ? ' ' : c;
    }
  }
  size_t head = 0;
  {
    std::string first;
    for (const auto& w : Words(segments[0])) first += (first.empty() ? "" : " ") + w;
    if (segments.size() > 1 && IsCategoryHead(first)) head = 1;
  }
  std::vector<NameToken> tokens;
  for (size_t s = 0; s < segments.size(); ++s) {
    bool first_in_segment = true;
    auto segment_words = Words(segments[s]);
    // Which of the segment's words are inside parentheses, in order.
    std::vector<bool> in_note;
    {
      int paren = 0;
      bool in_word = false;
      for (char c : segments[s]) {
        if (c == '(') ++paren;
        if (c == ')' && paren > 0) --paren;
        bool word_char = IsWordChar(c) || (c == '-' && in_word);
        if (word_char && !in_word) in_note.push_back(paren > 0);
        in_word = word_char;
      }
    }
    bool one_word = segment_words.size() == 1;
    for (std::size_t k = 0; k < segment_words.size(); ++k) {
      const std::string& raw = segment_words[k];
      const bool note = k < in_note.size() && in_note[k];
      Place place = s == head ? (first_in_segment ? (one_word ? Place::kHeadOnly : Place::kHeadFirst) : Place::kHeadOther)
                    : (s == head + 1 && first_in_segment) ? Place::kSecondFirst
                                                          : Place::kOther;
      if (s < head) place = Place::kOther;
      first_in_segment = false;
      std::string joined;
      size_t start = 0;
      while (start <= raw.size()) {
        size_t dash = raw.find('-', start);
        if (dash == std::string::npos) dash = raw.size();
        if (dash > start) {
          std::string part = raw.substr(start, dash - start);
          joined += part;
          tokens.push_back({std::move(part), place, false, note});
        }
        start = dash + 1;
      }
      if (raw.find('-') != std::string::npos && !joined.empty()) tokens.push_back({joined, place, true, note});
    }
  }
  return tokens;
}

std::vector<std::string> TokenizeQuery(std::string_view query) {
  std::string folded = Fold(query);
  for (char& c : folded)
    if (c == ',' || c == '(' || c == ')') c = ' ';
  std::vector<std::string> out;
  for (std::string w : Words(folded)) {
    std::string joined;
    for (char c : w)
      if (c != '-') joined += c;
    if (!joined.empty()) out.push_back(std::move(joined));
  }
  return out;
}

}  // namespace platewise::search
