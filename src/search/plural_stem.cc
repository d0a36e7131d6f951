#include "search/plural_stem.h"

namespace platewise::search {
namespace {

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

}  // namespace

std::string PluralStem(std::string_view w) {
  if (w.size() <= 3) return std::string(w);
  if (EndsWith(w, "ies") && w.size() > 4) return std::string(w.substr(0, w.size() - 3)) + "y";
  if (EndsWith(w, "oes") || EndsWith(w, "ches") || EndsWith(w, "shes") || EndsWith(w, "sses") ||
      EndsWith(w, "xes") || EndsWith(w, "zes")) {
    return std::string(w.substr(0, w.size() - 2));
  }
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is")) {
    return std::string(w.substr(0, w.size() - 1));
  }
  return std::string(w);
}

}  // namespace platewise::search
