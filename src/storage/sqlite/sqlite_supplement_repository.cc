#include "storage/sqlite/sqlite_supplement_repository.h"

namespace platewise::sqlite {
namespace {

constexpr char kInsertSupplement[] = "INSERT INTO supplements (owner_id, name, unit) VALUES (?1, ?2, ?3)";
constexpr char kInsertAmount[] =
    "INSERT INTO supplement_nutrients (supplement_id, nutrient_key, amount_per_unit) VALUES (?1, ?2, ?3)";
constexpr char kSelectSupplement[] = "SELECT id, name, unit FROM supplements WHERE owner_id = ?1 AND id = ?2";
constexpr char kSelectSupplementIds[] = "SELECT id FROM supplements WHERE owner_id = ?1 ORDER BY id";
// Joined to supplements so that only the owner's products are read.
constexpr char kSelectAmounts[] =
    "SELECT n.nutrient_key, n.amount_per_unit FROM supplement_nutrients n "
    "JOIN supplements s ON s.id = n.supplement_id WHERE s.owner_id = ?1 AND n.supplement_id = ?2";
constexpr char kInsertDose[] =
    "INSERT INTO supplement_doses (owner_id, date, supplement_id, units) VALUES (?1, ?2, ?3, ?4)";
constexpr char kSelectDoses[] =
    "SELECT id, date, supplement_id, units FROM supplement_doses "
    "WHERE owner_id = ?1 AND date >= ?2 AND date <= ?3 ORDER BY date, id";
// Its amounts and doses go with it (ON DELETE CASCADE, foreign keys are on).
constexpr char kDeleteSupplement[] = "DELETE FROM supplements WHERE owner_id = ?1 AND id = ?2";
constexpr char kDeleteDose[] = "DELETE FROM supplement_doses WHERE owner_id = ?1 AND id = ?2";

// Runs a "DELETE ... WHERE owner_id = ?1 AND id = ?2"; NotFound when no row went.
Status DeleteOwnedRow(SqliteConnection& conn, const char* sql, UserId owner, std::int64_t id, const char* what) {
  auto lock = conn.lock();
  auto del = conn.db().Prepare(sql);
  if (!del.ok()) return del.status();
  del->Bind(1, owner);
  del->Bind(2, id);
  PW_RETURN_IF_ERROR(del->Run());
  if (conn.db().Changes() == 0) return Status::NotFound(std::string("no ") + what + " with id " + std::to_string(id));
  return Status::Ok();
}

}  // namespace

Result<Supplement> SqliteSupplementRepository::AddSupplement(UserId owner, const Supplement& supplement) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  auto ins = db.Prepare(kInsertSupplement);
  if (!ins.ok()) return ins.status();
  ins->Bind(1, owner);
  ins->Bind(2, supplement.name);
  ins->Bind(3, supplement.unit);
  PW_RETURN_IF_ERROR(ins->Run());
  Supplement stored = supplement;
  stored.id = db.LastInsertId();
  auto amount = db.Prepare(kInsertAmount);
  if (!amount.ok()) return amount.status();
  for (const auto& [key, value] : supplement.per_unit.all()) {
    amount->Reset();
    amount->Bind(1, stored.id);
    amount->Bind(2, key);
    amount->Bind(3, value);
    PW_RETURN_IF_ERROR(amount->Run());
  }
  PW_RETURN_IF_ERROR(tx.Commit());
  return stored;
}

Result<Supplement> SqliteSupplementRepository::GetLocked(UserId owner, std::int64_t id) {
  Database& db = conn_->db();
  auto sel = db.Prepare(kSelectSupplement);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  sel->Bind(2, id);
  auto row = sel->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no supplement with id " + std::to_string(id));
  Supplement s{sel->ColumnInt(0), sel->ColumnText(1), sel->ColumnText(2), {}};
  auto amounts = db.Prepare(kSelectAmounts);
  if (!amounts.ok()) return amounts.status();
  amounts->Bind(1, owner);
  amounts->Bind(2, id);
  while (true) {
    auto r = amounts->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    s.per_unit.Set(amounts->ColumnText(0), amounts->ColumnDouble(1));
  }
  return s;
}

Result<Supplement> SqliteSupplementRepository::GetSupplement(UserId owner, std::int64_t id) {
  auto lock = conn_->lock();
  return GetLocked(owner, id);
}

Result<std::vector<Supplement>> SqliteSupplementRepository::ListSupplements(UserId owner) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectSupplementIds);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  std::vector<std::int64_t> ids;
  while (true) {
    auto r = sel->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    ids.push_back(sel->ColumnInt(0));
  }
  std::vector<Supplement> out;
  for (std::int64_t id : ids) {
    auto s = GetLocked(owner, id);
    if (!s.ok()) return s.status();
    out.push_back(std::move(*s));
  }
  return out;
}

Result<SupplementDose> SqliteSupplementRepository::LogDose(UserId owner, const SupplementDose& dose) {
  auto lock = conn_->lock();
  auto exists = GetLocked(owner, dose.supplement_id);
  if (!exists.ok()) return exists.status();
  auto ins = conn_->db().Prepare(kInsertDose);
  if (!ins.ok()) return ins.status();
  ins->Bind(1, owner);
  ins->Bind(2, dose.date.ToString());
  ins->Bind(3, dose.supplement_id);
  ins->Bind(4, dose.units);
  PW_RETURN_IF_ERROR(ins->Run());
  SupplementDose stored = dose;
  stored.id = conn_->db().LastInsertId();
  return stored;
}

Result<std::vector<SupplementDose>> SqliteSupplementRepository::ListDoses(UserId owner, const CivilDate& from,
                                                                          const CivilDate& to) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectDoses);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  sel->Bind(2, from.ToString());
  sel->Bind(3, to.ToString());
  std::vector<SupplementDose> out;
  while (true) {
    auto r = sel->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    auto date = ParseCivilDate(sel->ColumnText(1));
    if (!date.ok()) return Status::Internal("stored supplement dose has a bad date");
    out.push_back({sel->ColumnInt(0), *date, sel->ColumnInt(2), sel->ColumnDouble(3)});
  }
  return out;
}

Status SqliteSupplementRepository::DeleteSupplement(UserId owner, std::int64_t id) {
  return DeleteOwnedRow(*conn_, kDeleteSupplement, owner, id, "supplement");
}

Status SqliteSupplementRepository::DeleteDose(UserId owner, std::int64_t id) {
  return DeleteOwnedRow(*conn_, kDeleteDose, owner, id, "supplement dose");
}

}  // namespace platewise::sqlite
