#ifndef PLATEWISE_SEARCH_PLURAL_STEM_H_
#define PLATEWISE_SEARCH_PLURAL_STEM_H_

// A tiny English plural folder, applied the same way to names and queries so
// that singular and plural meet: strawberries/strawberry -> strawberry,
// tomatoes -> tomato, peaches -> peach, eggs -> egg. It only has to map both
// forms to the same key, not produce dictionary words.

#include <string>
#include <string_view>

namespace platewise::search {

std::string PluralStem(std::string_view word);

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_PLURAL_STEM_H_
