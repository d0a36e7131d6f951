#include "auth/account_admin.h"

#include <sodium.h>

#include "auth/secret_token.h"
#include "core/account/account_rules.h"

namespace platewise::auth {
namespace {

// Crockford's base32 alphabet: no I, L, O, U; digits 0 and 1 stand for the
// letters people confuse with them.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
// For typed passwords: also without 0 and 1, so nothing can be misread.
constexpr std::string_view kPasswordAlphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz";
constexpr std::size_t kInviteLength = 16;

std::string RandomText(std::string_view alphabet, std::size_t length) {
  if (sodium_init() < 0) std::abort();  // no random numbers: nothing safe to hand out
  std::string out;
  for (std::size_t i = 0; i < length; ++i) {
    out += alphabet[randombytes_uniform(static_cast<std::uint32_t>(alphabet.size()))];
  }
  return out;
}

}  // namespace

std::string NewTypablePassword() { return RandomText(kPasswordAlphabet, 20); }

std::string NewInviteCode() {
  const std::string letters = RandomText(kAlphabet, kInviteLength);
  std::string code;
  for (std::size_t i = 0; i < letters.size(); ++i) {
    if (i > 0 && i % 4 == 0) code += '-';
    code += letters[i];
  }
  return code;
}

Result<std::string> InviteCodeHash(std::string_view typed) {
  std::string code;
  for (char c : typed) {
    if (c == '-' || c == ' ') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    // Read as Crockford's base32 is: the letters people type for 0 and 1.
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    if (kAlphabet.find(c) == std::string_view::npos) {
      return Status::InvalidArgument("an invite code is 16 letters and digits, like K7QM-3XRT-9WJD-HC4P");
    }
    code += c;
  }
  if (code.size() != kInviteLength) {
    return Status::InvalidArgument("an invite code has 16 letters and digits, like K7QM-3XRT-9WJD-HC4P");
  }
  return HashSecretToken(code);
}

Result<NewAccount> AddAccount(AccountRepository& accounts, std::string_view email,
                              std::optional<std::string> password, HashCost cost) {
  auto normalized = NormalizeEmail(email);
  if (!normalized.ok()) return normalized.status();
  NewAccount made;
  if (!password) {
    made.password = NewTypablePassword();
    password = made.password;
  }
  PW_RETURN_IF_ERROR(CheckNewPassword(*password));
  auto hash = HashPassword(*password, cost);
  if (!hash.ok()) return hash.status();
  auto id = accounts.CreateUser(*normalized, *hash);
  if (!id.ok()) return id.status();
  made.user = StoredUser{*id, *normalized, *hash};
  return made;
}

Result<StoredUser> AccountByEmail(AccountRepository& accounts, std::string_view email) {
  auto normalized = NormalizeEmail(email);
  if (!normalized.ok()) return normalized.status();
  auto user = accounts.FindUserByEmail(*normalized);
  if (user.status().code() == StatusCode::kNotFound) {
    return Status::NotFound("no account has the email " + *normalized);
  }
  return user;
}

Status EndApiTokens(AccountRepository& accounts, UserId user) {
  auto tokens = accounts.ListApiTokens(user);
  if (!tokens.ok()) return tokens.status();
  for (const ApiTokenInfo& t : *tokens) PW_RETURN_IF_ERROR(accounts.DeleteApiToken(user, t.id));
  return Status::Ok();
}

Result<std::string> ResetPassword(AccountRepository& accounts, std::string_view email, HashCost cost) {
  auto user = AccountByEmail(accounts, email);
  if (!user.ok()) return user.status();
  std::string password = NewTypablePassword();
  auto hash = HashPassword(password, cost);
  if (!hash.ok()) return hash.status();
  PW_RETURN_IF_ERROR(accounts.SetPasswordHash(user->id, *hash));
  PW_RETURN_IF_ERROR(accounts.DeleteOtherSessions(user->id, ""));
  PW_RETURN_IF_ERROR(EndApiTokens(accounts, user->id));
  return password;
}

Status SetAccountDisabled(AccountRepository& accounts, std::string_view email, bool disabled) {
  auto user = AccountByEmail(accounts, email);
  if (!user.ok()) return user.status();
  PW_RETURN_IF_ERROR(accounts.SetDisabled(user->id, disabled));
  if (disabled) PW_RETURN_IF_ERROR(accounts.DeleteOtherSessions(user->id, ""));
  return Status::Ok();
}

Result<std::string> CreateInvite(AccountRepository& accounts, int uses, std::int64_t expires_at, std::int64_t now) {
  if (uses < 1 || uses > 10000) return Status::InvalidArgument("--uses must be from 1 to 10000");
  std::string code = NewInviteCode();
  auto hash = InviteCodeHash(code);
  if (!hash.ok()) return hash.status();
  auto id = accounts.CreateInvite(*hash, uses, expires_at, now);
  if (!id.ok()) return id.status();
  return code;
}

}  // namespace platewise::auth
