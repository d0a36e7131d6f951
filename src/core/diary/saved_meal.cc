#include "core/diary/saved_meal.h"

#include <cctype>

namespace platewise {

Result<std::string> SavedMealName(std::string_view typed) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!typed.empty() && space(typed.front())) typed.remove_prefix(1);
  while (!typed.empty() && space(typed.back())) typed.remove_suffix(1);
  if (typed.empty()) return Status::Unprocessable("name", "give the saved meal a name");
  if (typed.size() > kMaxSavedMealNameLength) {
    return Status::Unprocessable("name", "a saved meal's name is at most " + std::to_string(kMaxSavedMealNameLength) +
                                             " characters");
  }
  for (char c : typed) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      return Status::Unprocessable("name", "a saved meal's name cannot hold control characters");
    }
  }
  return std::string(typed);
}

bool SameSavedMealName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

}  // namespace platewise
