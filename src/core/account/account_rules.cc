#include "core/account/account_rules.h"

#include <cctype>

namespace platewise {

Result<std::string> NormalizeEmail(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  std::string email;
  for (char c : text) email += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto bad = [&] {
    return Status::Unprocessable("email", "email \"" + std::string(text) +
                                              "\" is not an address like name@example.org (at most 254 characters)");
  };
  if (email.empty() || email.size() > kMaxEmailLength) return bad();
  auto at = email.find('@');
  if (at == std::string::npos || at == 0 || email.find('@', at + 1) != std::string::npos) return bad();
  std::string_view domain = std::string_view(email).substr(at + 1);
  auto dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == domain.size()) return bad();
  for (unsigned char c : email) {
    if (std::isspace(c) || std::iscntrl(c) || c == '<' || c == '>' || c == ',' || c == ';') return bad();
  }
  return email;
}

Status CheckNewPassword(std::string_view password, const std::string& field) {
  if (password.size() < kMinPasswordLength) {
    return Status::Unprocessable(field, field + " is " + std::to_string(password.size()) +
                                            " characters long; use at least 10");
  }
  if (password.size() > kMaxPasswordLength) {
    return Status::Unprocessable(field, field + " is longer than 1024 characters");
  }
  return Status::Ok();
}

}  // namespace platewise
