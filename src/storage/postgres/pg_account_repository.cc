#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

constexpr char kInsertUser[] = "INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id";
// Emails compare case-insensitively (the unique index is on lower(email)).
constexpr char kSelectUserByEmail[] =
    "SELECT id, email, password_hash, disabled::int FROM users WHERE lower(email) = lower($1)";
constexpr char kSelectUserById[] =
    "SELECT id, coalesce(email, ''), password_hash, disabled::int FROM users WHERE id = $1";
constexpr char kSelectUsers[] =
    "SELECT id, email, password_hash, disabled::int FROM users WHERE email IS NOT NULL ORDER BY id";
constexpr char kUpdateDisabled[] = "UPDATE users SET disabled = ($2::int <> 0) WHERE id = $1";
constexpr char kUpdatePassword[] = "UPDATE users SET password_hash = $2 WHERE id = $1";
// Deleting a user: the rows of every table with owner_id go by ON DELETE
// CASCADE; these go first, explicitly, because they refer to the user's own
// custom foods (which cascade from users too) without cascading themselves.
constexpr const char* kDeleteUserRows[] = {
    "DELETE FROM diary_entries WHERE owner_id = $1",
    "DELETE FROM recipe_ingredients WHERE owner_id = $1",
    "DELETE FROM favourite_foods WHERE owner_id = $1",
    "DELETE FROM foods WHERE owner_id = $1",
};
constexpr char kDeleteUser[] = "DELETE FROM users WHERE id = $1";
constexpr char kInsertSession[] =
    "INSERT INTO sessions (token_hash, owner_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)";
// A disabled account's sessions and tokens are not found.
constexpr char kSelectSession[] =
    "SELECT s.owner_id, s.csrf_token, s.expires_at FROM sessions s JOIN users u ON u.id = s.owner_id "
    "WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT u.disabled";
constexpr char kDeleteSession[] = "DELETE FROM sessions WHERE token_hash = $1";
constexpr char kDeleteExpiredSessions[] = "DELETE FROM sessions WHERE expires_at <= $1";
// Sessions that expired this long before a new one's expiry are swept
// (the new session's expiry is now + its lifetime, so this is "long expired").
constexpr std::int64_t kSweepMargin = 60 * 24 * 3600;
constexpr char kDeleteOtherSessions[] = "DELETE FROM sessions WHERE owner_id = $1 AND token_hash <> $2";
constexpr char kInsertToken[] =
    "INSERT INTO api_tokens (owner_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id";
constexpr char kSelectTokens[] = "SELECT id, name, created_at FROM api_tokens WHERE owner_id = $1 ORDER BY id";
constexpr char kDeleteToken[] = "DELETE FROM api_tokens WHERE owner_id = $1 AND id = $2";
constexpr char kSelectTokenOwner[] =
    "SELECT t.owner_id FROM api_tokens t JOIN users u ON u.id = t.owner_id WHERE t.token_hash = $1 AND NOT u.disabled";
constexpr char kInsertInvite[] =
    "INSERT INTO invites (code_hash, uses_left, expires_at, created_at) VALUES ($1, $2, $3, $4) RETURNING id";
constexpr char kSelectInvites[] = "SELECT id, uses_left, expires_at, created_at FROM invites ORDER BY id";
// One statement: under READ COMMITTED, a concurrent redeem of the same row
// waits for the first to commit and re-checks uses_left on the new row.
constexpr char kRedeemInvite[] =
    "UPDATE invites SET uses_left = uses_left - 1 "
    "WHERE code_hash = $1 AND uses_left > 0 AND (expires_at = 0 OR expires_at > $2) RETURNING id";
constexpr char kReturnInvite[] = "UPDATE invites SET uses_left = uses_left + 1 WHERE id = $1";

Result<StoredUser> SelectUser(Pool& pool, const char* sql, const Params& params) {
  return pool.Run([&](Connection& c) -> Result<StoredUser> {
    auto rows = c.Query(sql, params);
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::NotFound("no such account");
    return StoredUser{rows->Int(0, 0), rows->Text(0, 1), rows->Text(0, 2), rows->Int(0, 3) != 0};
  });
}

// Runs a write; NotFound with `missing` when it touched no row.
Status WriteOne(Pool& pool, const char* sql, const Params& params, const std::string& missing) {
  return pool.Run([&](Connection& c) -> Status {
    auto rows = c.Query(sql, params);
    if (!rows.ok()) return rows.status();
    return rows->affected() == 0 ? Status::NotFound(missing) : Status::Ok();
  });
}

Status Write(Pool& pool, const char* sql, const Params& params) {
  return pool.Run([&](Connection& c) { return c.Query(sql, params).status(); });
}

}  // namespace

Result<UserId> PgAccountRepository::CreateUser(const std::string& email, const std::string& password_hash) {
  return pool_->Run([&](Connection& c) -> Result<UserId> {
    auto rows = c.Query(kInsertUser, Params(email, password_hash));
    if (!rows.ok() && rows.status().code() == StatusCode::kConflict) {
      return Status::Conflict("an account with email " + email + " exists");
    }
    if (!rows.ok()) return rows.status();
    return rows->Int(0, 0);
  });
}

Result<StoredUser> PgAccountRepository::FindUserByEmail(const std::string& email) {
  return SelectUser(*pool_, kSelectUserByEmail, Params(email));
}

Result<StoredUser> PgAccountRepository::GetUser(UserId id) { return SelectUser(*pool_, kSelectUserById, Params(id)); }

Status PgAccountRepository::SetPasswordHash(UserId id, const std::string& password_hash) {
  return WriteOne(*pool_, kUpdatePassword, Params(id, password_hash), "no such account");
}

Result<std::vector<StoredUser>> PgAccountRepository::ListUsers() {
  return pool_->Run([&](Connection& c) -> Result<std::vector<StoredUser>> {
    auto rows = c.Query(kSelectUsers, Params());
    if (!rows.ok()) return rows.status();
    std::vector<StoredUser> out;
    for (int r = 0; r < rows->size(); ++r) {
      out.push_back({rows->Int(r, 0), rows->Text(r, 1), rows->Text(r, 2), rows->Int(r, 3) != 0});
    }
    return out;
  });
}

Status PgAccountRepository::SetDisabled(UserId id, bool disabled) {
  return WriteOne(*pool_, kUpdateDisabled, Params(id, std::int64_t{disabled ? 1 : 0}), "no such account");
}

Status PgAccountRepository::DeleteUser(UserId id) {
  return pool_->Transact(Isolation::kReadCommitted, [&](Connection& c) -> Status {
    for (const char* sql : kDeleteUserRows) PW_RETURN_IF_ERROR(c.Query(sql, Params(id)).status());
    auto rows = c.Query(kDeleteUser, Params(id));
    if (!rows.ok()) return rows.status();
    return rows->affected() == 0 ? Status::NotFound("no such account") : Status::Ok();
  });
}

Status PgAccountRepository::CreateSession(UserId owner, const std::string& token_hash, const std::string& csrf_token,
                                          std::int64_t expires_at) {
  return pool_->Run([&](Connection& c) -> Status {
    // Expired sessions are swept at each sign-in, not by a timer.
    PW_RETURN_IF_ERROR(c.Query(kDeleteExpiredSessions, Params(expires_at - kSweepMargin)).status());
    return c.Query(kInsertSession, Params(token_hash, owner, csrf_token, expires_at)).status();
  });
}

Result<SessionRecord> PgAccountRepository::FindSession(const std::string& token_hash, std::int64_t now) {
  return pool_->Run([&](Connection& c) -> Result<SessionRecord> {
    auto rows = c.Query(kSelectSession, Params(token_hash, now));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::NotFound("no such session (signed out or expired)");
    return SessionRecord{rows->Int(0, 0), rows->Text(0, 1), rows->Int(0, 2)};
  });
}

Status PgAccountRepository::DeleteSession(const std::string& token_hash) {
  return Write(*pool_, kDeleteSession, Params(token_hash));
}

Status PgAccountRepository::DeleteOtherSessions(UserId owner, const std::string& keep_token_hash) {
  return Write(*pool_, kDeleteOtherSessions, Params(owner, keep_token_hash));
}

Result<std::int64_t> PgAccountRepository::CreateApiToken(UserId owner, const std::string& name,
                                                         const std::string& token_hash, std::int64_t created_at) {
  return pool_->Run([&](Connection& c) -> Result<std::int64_t> {
    auto rows = c.Query(kInsertToken, Params(owner, name, token_hash, created_at));
    if (!rows.ok()) return rows.status();
    return rows->Int(0, 0);
  });
}

Result<std::vector<ApiTokenInfo>> PgAccountRepository::ListApiTokens(UserId owner) {
  return pool_->Run([&](Connection& c) -> Result<std::vector<ApiTokenInfo>> {
    auto rows = c.Query(kSelectTokens, Params(owner));
    if (!rows.ok()) return rows.status();
    std::vector<ApiTokenInfo> out;
    for (int r = 0; r < rows->size(); ++r) out.push_back({rows->Int(r, 0), rows->Text(r, 1), rows->Int(r, 2)});
    return out;
  });
}

Status PgAccountRepository::DeleteApiToken(UserId owner, std::int64_t id) {
  return WriteOne(*pool_, kDeleteToken, Params(owner, id), "no API token with id " + std::to_string(id));
}

Result<UserId> PgAccountRepository::FindApiToken(const std::string& token_hash) {
  return pool_->Run([&](Connection& c) -> Result<UserId> {
    auto rows = c.Query(kSelectTokenOwner, Params(token_hash));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::NotFound("no such API token");
    return rows->Int(0, 0);
  });
}

Result<std::int64_t> PgAccountRepository::CreateInvite(const std::string& code_hash, int uses,
                                                       std::int64_t expires_at, std::int64_t created_at) {
  return pool_->Run([&](Connection& c) -> Result<std::int64_t> {
    auto rows = c.Query(kInsertInvite, Params(code_hash, std::int64_t{uses}, expires_at, created_at));
    if (!rows.ok() && rows.status().code() == StatusCode::kConflict) {
      return Status::Conflict("an invite with this code exists");
    }
    if (!rows.ok()) return rows.status();
    return rows->Int(0, 0);
  });
}

Result<std::vector<InviteRecord>> PgAccountRepository::ListInvites() {
  return pool_->Run([&](Connection& c) -> Result<std::vector<InviteRecord>> {
    auto rows = c.Query(kSelectInvites, Params());
    if (!rows.ok()) return rows.status();
    std::vector<InviteRecord> out;
    for (int r = 0; r < rows->size(); ++r) {
      out.push_back({rows->Int(r, 0), static_cast<int>(rows->Int(r, 1)), rows->Int(r, 2), rows->Int(r, 3)});
    }
    return out;
  });
}

Result<std::int64_t> PgAccountRepository::RedeemInvite(const std::string& code_hash, std::int64_t now) {
  return pool_->Run([&](Connection& c) -> Result<std::int64_t> {
    auto rows = c.Query(kRedeemInvite, Params(code_hash, now));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::NotFound("no such invite, or it is used up or expired");
    return rows->Int(0, 0);
  });
}

Status PgAccountRepository::ReturnInvite(std::int64_t id) {
  return WriteOne(*pool_, kReturnInvite, Params(id), "no invite with id " + std::to_string(id));
}

}  // namespace platewise::postgres
