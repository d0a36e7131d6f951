#include "core/account/account_rules.h"

#include <algorithm>
#include <cctype>

#include "text/unicode_text.h"

namespace platewise {

namespace {

std::string_view TrimAsciiSpace(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

std::string AsciiLower(std::string_view text) {
  std::string out;
  for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Result<std::string> NormalizeEmail(std::string_view text) {
  text = TrimAsciiSpace(text);
  if (!text::IsValidUtf8(text)) {
    return Status::Unprocessable("email", "email is not valid UTF-8 text");
  }
  // Named before any other check: an address that looks right on screen
  // must not be refused with a message that says it looks wrong.
  if (auto hidden = text::FirstInvisibleCodePoint(text)) {
    return Status::Unprocessable("email", "email contains an invisible or text-direction character (" +
                                              text::CodePointName(*hidden) + "); type the address again");
  }
  auto bad = [&] {
    return Status::Unprocessable("email", "email \"" + std::string(text) +
                                              "\" is not an address like name@example.org (at most 254 characters)");
  };
  // Lower case throughout: mail providers compare local parts so (RFC 6531
  // leaves it to them), and IDNA (UTS #46, nontransitional) maps a domain's
  // capitals so. Lowering, not full folding: "straße.de" and "strasse.de"
  // are two domains.
  std::string email = text::ToLower(text);  // in NFC too
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

std::string EmailAsStoredBeforeUnicodeRules(std::string_view text) {
  return AsciiLower(TrimAsciiSpace(text));
}

Status CheckNewPassword(std::string_view password, const std::string& field) {
  // The message is read by the person ("the new password is ..."), the field by the app.
  std::string words = field;
  std::replace(words.begin(), words.end(), '_', ' ');
  if (password.size() < kMinPasswordLength) {
    return Status::Unprocessable(field, "the " + words + " is " + std::to_string(password.size()) +
                                            " characters long; use at least 10");
  }
  if (password.size() > kMaxPasswordLength) {
    return Status::Unprocessable(field, "the " + words + " is longer than 1024 characters");
  }
  return Status::Ok();
}

}  // namespace platewise
