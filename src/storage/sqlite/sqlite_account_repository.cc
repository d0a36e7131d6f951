#include "storage/sqlite/sqlite_account_repository.h"

namespace platewise::sqlite {
namespace {

constexpr char kInsertUser[] = "INSERT INTO users (email, password_hash) VALUES (?1, ?2)";
constexpr char kSelectUserByEmail[] = "SELECT id, email, password_hash, disabled FROM users WHERE email = ?1";
constexpr char kSelectUserById[] =
    "SELECT id, coalesce(email, ''), password_hash, disabled FROM users WHERE id = ?1";
constexpr char kSelectUsers[] =
    "SELECT id, email, password_hash, disabled FROM users WHERE email IS NOT NULL ORDER BY id";
constexpr char kUpdateDisabled[] = "UPDATE users SET disabled = ?2 WHERE id = ?1";
constexpr char kUpdatePassword[] = "UPDATE users SET password_hash = ?2 WHERE id = ?1";
// Deleting a user: the rows of every table with owner_id go by ON DELETE
// CASCADE; these go first, explicitly, because they refer to the user's own
// custom foods (which cascade from users too) without cascading themselves.
constexpr const char* kDeleteUserRows[] = {
    "DELETE FROM diary_entries WHERE owner_id = ?1",
    "DELETE FROM recipe_ingredients WHERE owner_id = ?1",
    "DELETE FROM favourite_foods WHERE owner_id = ?1",
    "DELETE FROM foods WHERE owner_id = ?1",
    "DELETE FROM users WHERE id = ?1",
};
constexpr char kInsertSession[] =
    "INSERT INTO sessions (token_hash, owner_id, csrf_token, expires_at) VALUES (?1, ?2, ?3, ?4)";
// A disabled account's sessions and tokens are not found.
constexpr char kSelectSession[] =
    "SELECT s.owner_id, s.csrf_token, s.expires_at FROM sessions s JOIN users u ON u.id = s.owner_id "
    "WHERE s.token_hash = ?1 AND s.expires_at > ?2 AND u.disabled = 0";
constexpr char kDeleteSession[] = "DELETE FROM sessions WHERE token_hash = ?1";
constexpr char kDeleteExpiredSessions[] = "DELETE FROM sessions WHERE expires_at <= ?1";
// Sessions that expired this long before a new one's expiry are swept
// (the new session's expiry is now + its lifetime, so this is "long expired").
constexpr std::int64_t kSweepMargin = 60 * 24 * 3600;
constexpr char kDeleteOtherSessions[] = "DELETE FROM sessions WHERE owner_id = ?1 AND token_hash <> ?2";
constexpr char kInsertToken[] =
    "INSERT INTO api_tokens (owner_id, name, token_hash, created_at) VALUES (?1, ?2, ?3, ?4)";
constexpr char kSelectTokens[] = "SELECT id, name, created_at FROM api_tokens WHERE owner_id = ?1 ORDER BY id";
constexpr char kDeleteToken[] = "DELETE FROM api_tokens WHERE owner_id = ?1 AND id = ?2";
constexpr char kSelectTokenOwner[] =
    "SELECT t.owner_id FROM api_tokens t JOIN users u ON u.id = t.owner_id WHERE t.token_hash = ?1 AND u.disabled = 0";
constexpr char kInsertInvite[] =
    "INSERT INTO invites (code_hash, uses_left, expires_at, created_at) VALUES (?1, ?2, ?3, ?4)";
constexpr char kSelectInvites[] = "SELECT id, uses_left, expires_at, created_at FROM invites ORDER BY id";
// One statement: the use is taken only if one is left and the invite has
// not expired, atomically (SQLite runs it under the write lock).
constexpr char kRedeemInvite[] =
    "UPDATE invites SET uses_left = uses_left - 1 "
    "WHERE code_hash = ?1 AND uses_left > 0 AND (expires_at = 0 OR expires_at > ?2) RETURNING id";
constexpr char kReturnInvite[] = "UPDATE invites SET uses_left = uses_left + 1 WHERE id = ?1";

StoredUser UserOfRow(Statement& sel) {
  return StoredUser{sel.ColumnInt(0), sel.ColumnText(1), sel.ColumnText(2), sel.ColumnInt(3) != 0};
}

}  // namespace

Result<UserId> SqliteAccountRepository::CreateUser(const std::string& email, const std::string& password_hash) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  auto ins = db.Prepare(kInsertUser);
  if (!ins.ok()) return ins.status();
  ins->Bind(1, email);
  ins->Bind(2, password_hash);
  Status s = ins->Run();
  if (s.code() == StatusCode::kConflict) return Status::Conflict("an account with email " + email + " exists");
  PW_RETURN_IF_ERROR(s);
  return db.LastInsertId();
}

Result<StoredUser> SqliteAccountRepository::SelectUser(const char* sql, auto bind_value) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(sql);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, bind_value);
  auto row = sel->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no such account");
  return UserOfRow(*sel);
}

Result<std::vector<StoredUser>> SqliteAccountRepository::ListUsers() {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectUsers);
  if (!sel.ok()) return sel.status();
  std::vector<StoredUser> out;
  while (true) {
    auto row = sel->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back(UserOfRow(*sel));
  }
  return out;
}

Status SqliteAccountRepository::SetDisabled(UserId id, bool disabled) {
  auto lock = conn_->lock();
  auto up = conn_->db().Prepare(kUpdateDisabled);
  if (!up.ok()) return up.status();
  up->Bind(1, id);
  up->Bind(2, std::int64_t{disabled ? 1 : 0});
  PW_RETURN_IF_ERROR(up->Run());
  if (conn_->db().Changes() == 0) return Status::NotFound("no such account");
  return Status::Ok();
}

Result<StoredUser> SqliteAccountRepository::FindUserByEmail(const std::string& email) {
  return SelectUser(kSelectUserByEmail, std::string_view(email));
}

Result<StoredUser> SqliteAccountRepository::GetUser(UserId id) { return SelectUser(kSelectUserById, id); }

Status SqliteAccountRepository::SetPasswordHash(UserId id, const std::string& password_hash) {
  auto lock = conn_->lock();
  auto up = conn_->db().Prepare(kUpdatePassword);
  if (!up.ok()) return up.status();
  up->Bind(1, id);
  up->Bind(2, password_hash);
  PW_RETURN_IF_ERROR(up->Run());
  if (conn_->db().Changes() == 0) return Status::NotFound("no such account");
  return Status::Ok();
}

Status SqliteAccountRepository::DeleteUser(UserId id) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  for (const char* sql : kDeleteUserRows) {
    auto del = db.Prepare(sql);
    if (!del.ok()) return del.status();
    del->Bind(1, id);
    PW_RETURN_IF_ERROR(del->Run());
  }
  if (db.Changes() == 0) return Status::NotFound("no such account");
  return tx.Commit();
}

Status SqliteAccountRepository::CreateSession(UserId owner, const std::string& token_hash,
                                              const std::string& csrf_token, std::int64_t expires_at) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  // Expired sessions are swept at each sign-in, not by a timer.
  auto sweep = db.Prepare(kDeleteExpiredSessions);
  if (!sweep.ok()) return sweep.status();
  sweep->Bind(1, expires_at - kSweepMargin);
  PW_RETURN_IF_ERROR(sweep->Run());
  auto ins = db.Prepare(kInsertSession);
  if (!ins.ok()) return ins.status();
  ins->Bind(1, token_hash);
  ins->Bind(2, owner);
  ins->Bind(3, csrf_token);
  ins->Bind(4, expires_at);
  return ins->Run();
}

Result<SessionRecord> SqliteAccountRepository::FindSession(const std::string& token_hash, std::int64_t now) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectSession);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, token_hash);
  sel->Bind(2, now);
  auto row = sel->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no such session (signed out or expired)");
  return SessionRecord{sel->ColumnInt(0), sel->ColumnText(1), sel->ColumnInt(2)};
}

Status SqliteAccountRepository::DeleteSession(const std::string& token_hash) {
  auto lock = conn_->lock();
  auto del = conn_->db().Prepare(kDeleteSession);
  if (!del.ok()) return del.status();
  del->Bind(1, token_hash);
  return del->Run();
}

Status SqliteAccountRepository::DeleteOtherSessions(UserId owner, const std::string& keep_token_hash) {
  auto lock = conn_->lock();
  auto del = conn_->db().Prepare(kDeleteOtherSessions);
  if (!del.ok()) return del.status();
  del->Bind(1, owner);
  del->Bind(2, keep_token_hash);
  return del->Run();
}

Result<std::int64_t> SqliteAccountRepository::CreateApiToken(UserId owner, const std::string& name,
                                                             const std::string& token_hash,
                                                             std::int64_t created_at) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  auto ins = db.Prepare(kInsertToken);
  if (!ins.ok()) return ins.status();
  ins->Bind(1, owner);
  ins->Bind(2, name);
  ins->Bind(3, token_hash);
  ins->Bind(4, created_at);
  PW_RETURN_IF_ERROR(ins->Run());
  return db.LastInsertId();
}

Result<std::vector<ApiTokenInfo>> SqliteAccountRepository::ListApiTokens(UserId owner) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectTokens);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  std::vector<ApiTokenInfo> out;
  while (true) {
    auto row = sel->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back({sel->ColumnInt(0), sel->ColumnText(1), sel->ColumnInt(2)});
  }
  return out;
}

Status SqliteAccountRepository::DeleteApiToken(UserId owner, std::int64_t id) {
  auto lock = conn_->lock();
  auto del = conn_->db().Prepare(kDeleteToken);
  if (!del.ok()) return del.status();
  del->Bind(1, owner);
  del->Bind(2, id);
  PW_RETURN_IF_ERROR(del->Run());
  if (conn_->db().Changes() == 0) return Status::NotFound("no API token with id " + std::to_string(id));
  return Status::Ok();
}

Result<UserId> SqliteAccountRepository::FindApiToken(const std::string& token_hash) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectTokenOwner);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, token_hash);
  auto row = sel->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no such API token");
  return sel->ColumnInt(0);
}

Result<std::int64_t> SqliteAccountRepository::CreateInvite(const std::string& code_hash, int uses,
                                                           std::int64_t expires_at, std::int64_t created_at) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  auto ins = db.Prepare(kInsertInvite);
  if (!ins.ok()) return ins.status();
  ins->Bind(1, code_hash);
  ins->Bind(2, std::int64_t{uses});
  ins->Bind(3, expires_at);
  ins->Bind(4, created_at);
  Status s = ins->Run();
  if (s.code() == StatusCode::kConflict) return Status::Conflict("an invite with this code exists");
  PW_RETURN_IF_ERROR(s);
  return db.LastInsertId();
}

Result<std::vector<InviteRecord>> SqliteAccountRepository::ListInvites() {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectInvites);
  if (!sel.ok()) return sel.status();
  std::vector<InviteRecord> out;
  while (true) {
    auto row = sel->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back({sel->ColumnInt(0), static_cast<int>(sel->ColumnInt(1)), sel->ColumnInt(2), sel->ColumnInt(3)});
  }
  return out;
}

Result<std::int64_t> SqliteAccountRepository::RedeemInvite(const std::string& code_hash, std::int64_t now) {
  auto lock = conn_->lock();
  auto up = conn_->db().Prepare(kRedeemInvite);
  if (!up.ok()) return up.status();
  up->Bind(1, code_hash);
  up->Bind(2, now);
  auto row = up->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no such invite, or it is used up or expired");
  std::int64_t id = up->ColumnInt(0);
  up->Reset();  // finishes the statement: the update is done
  return id;
}

Status SqliteAccountRepository::ReturnInvite(std::int64_t id) {
  auto lock = conn_->lock();
  auto up = conn_->db().Prepare(kReturnInvite);
  if (!up.ok()) return up.status();
  up->Bind(1, id);
  PW_RETURN_IF_ERROR(up->Run());
  if (conn_->db().Changes() == 0) return Status::NotFound("no invite with id " + std::to_string(id));
  return Status::Ok();
}

}  // namespace platewise::sqlite
