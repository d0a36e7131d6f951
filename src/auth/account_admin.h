#ifndef PLATEWISE_AUTH_ACCOUNT_ADMIN_H_
#define PLATEWISE_AUTH_ACCOUNT_ADMIN_H_

// What an administrator does to accounts without e-mail (`platewise users
// ...`, `platewise invites ...`): a self-hosted server cannot send a reset
// link, so the administrator hands out a new password or an invite code.
// Emails are normalised as sign-up does (NormalizeEmail); passwords follow
// CheckNewPassword; only hashes are stored.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "auth/password_hasher.h"
#include "core/ports/account_repository.h"
#include "core/status.h"

namespace platewise::auth {

// A password made for a person to type once and change: 20 letters and
// digits from an alphabet without look-alikes (no 0/O, 1/l/I), ~103 bits.
std::string NewTypablePassword();

// An invite code: "K7QM-3XRT-9WJD-HC4P", 80 bits; see InviteCodeHash.
std::string NewInviteCode();
// The stored form of a code as a person may type it: without dashes or
// spaces, in capitals, O read as 0 and I or L as 1, then SHA-256. InvalidArgument when what is left is
// not 16 letters and digits of the code alphabet.
Result<std::string> InviteCodeHash(std::string_view typed);

struct NewAccount {
  StoredUser user;
  std::string password;  // the one generated when none was given, else empty
};

// Makes an account; with no password, generates one (NewTypablePassword).
// Unprocessable for a bad email or password, Conflict when the email is taken.
Result<NewAccount> AddAccount(AccountRepository& accounts, std::string_view email,
                              std::optional<std::string> password, HashCost cost = HashCost::kInteractive);

// The account with this email (normalised); NotFound naming it otherwise.
Result<StoredUser> AccountByEmail(AccountRepository& accounts, std::string_view email);

// Ends every API token of `user`: made under the old password, they would
// outlive a change meant to lock out whoever had it (a password change, a
// reset).
Status EndApiTokens(AccountRepository& accounts, UserId user);

// Gives the account a new generated password and returns it; every session
// and API token of the account ends (whoever had them is out).
Result<std::string> ResetPassword(AccountRepository& accounts, std::string_view email,
                                  HashCost cost = HashCost::kInteractive);

// Disabling ends the account's sessions (its API tokens are kept but do not
// work while it is disabled); enabling lets it sign in again.
Status SetAccountDisabled(AccountRepository& accounts, std::string_view email, bool disabled);

// An invite for `uses` sign-ups (1 to 10000), valid until `expires_at` (0:
// never), made at `now`; returns the code, shown once.
Result<std::string> CreateInvite(AccountRepository& accounts, int uses, std::int64_t expires_at, std::int64_t now);

}  // namespace platewise::auth

#endif  // PLATEWISE_AUTH_ACCOUNT_ADMIN_H_
