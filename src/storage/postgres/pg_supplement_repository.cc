#include "storage/postgres/pg_arrays.h"
#include "storage/postgres/pg_log_rows.h"
#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

constexpr char kInsertSupplement[] = "INSERT INTO supplements (owner_id, name, unit) VALUES ($1, $2, $3) RETURNING id";
constexpr char kInsertAmounts[] =
    "INSERT INTO supplement_nutrients (owner_id, supplement_id, nutrient_key, amount_per_unit) "
    "SELECT $1, $2, k, a FROM unnest($3::text[], $4::float8[]) AS n(k, a)";
// The owner's products with their amounts, one row per amount (a product
// without any has one row with NULLs), by product id.
constexpr char kSelectSupplements[] =
    "SELECT s.id, s.name, s.unit, n.nutrient_key, n.amount_per_unit FROM supplements s "
    "LEFT JOIN supplement_nutrients n ON n.owner_id = s.owner_id AND n.supplement_id = s.id "
    "WHERE s.owner_id = $1 AND ($2::bigint IS NULL OR s.id = $2) ORDER BY s.id";
// Logs the dose only when the owner has the product (no row otherwise).
constexpr char kInsertDose[] =
    "INSERT INTO supplement_doses (owner_id, date, supplement_id, units) "
    "SELECT $1, $2, id, $4 FROM supplements WHERE owner_id = $1 AND id = $3 RETURNING id";
constexpr char kSelectDoses[] =
    "SELECT id, date, supplement_id, units FROM supplement_doses "
    "WHERE owner_id = $1 AND date >= $2 AND date <= $3 ORDER BY date, id";
// Its amounts and doses go with it (their foreign keys cascade).
constexpr char kDeleteSupplement[] = "DELETE FROM supplements WHERE owner_id = $1 AND id = $2";
constexpr char kDeleteDose[] = "DELETE FROM supplement_doses WHERE owner_id = $1 AND id = $2";

// Runs a "DELETE ... WHERE owner_id = $1 AND id = $2"; NotFound when no row went.
Status DeleteOwnedRow(Pool& pool, const char* sql, UserId owner, std::int64_t id, const char* what) {
  return pool.Run([&](Connection& c) -> Status {
    auto rows = c.Query(sql, Params(owner, id));
    if (!rows.ok()) return rows.status();
    if (rows->affected() == 0) return Status::NotFound(std::string("no ") + what + " with id " + std::to_string(id));
    return Status::Ok();
  });
}

Result<std::vector<Supplement>> SelectSupplements(Pool& pool, UserId owner, std::optional<std::int64_t> id) {
  return pool.Run([&](Connection& c) -> Result<std::vector<Supplement>> {
    auto rows = c.Query(kSelectSupplements, Params(owner, id));
    if (!rows.ok()) return rows.status();
    std::vector<Supplement> out;
    for (int r = 0; r < rows->size(); ++r) {
      if (out.empty() || out.back().id != rows->Int(r, 0)) {
        out.push_back(Supplement{rows->Int(r, 0), rows->Text(r, 1), rows->Text(r, 2), {}});
      }
      if (!rows->IsNull(r, 3)) out.back().per_unit.Set(rows->Text(r, 3), rows->Double(r, 4));
    }
    return out;
  });
}

Status NoSupplement(std::int64_t id) { return Status::NotFound("no supplement with id " + std::to_string(id)); }

}  // namespace

Result<Supplement> PgSupplementRepository::AddSupplement(UserId owner, const Supplement& supplement) {
  return pool_->Transact(Isolation::kReadCommitted, [&](Connection& c) -> Result<Supplement> {
    auto rows = c.Query(kInsertSupplement, Params(owner, supplement.name, supplement.unit));
    if (!rows.ok()) return rows.status();
    Supplement stored = supplement;
    stored.id = rows->Int(0, 0);
    ArrayLiteral keys, amounts;
    for (const auto& [key, value] : supplement.per_unit.all()) {
      keys.Add(std::string_view(key));
      amounts.Add(value);
    }
    if (!keys.empty()) {
      PW_RETURN_IF_ERROR(c.Query(kInsertAmounts, Params(owner, stored.id, keys.Text(), amounts.Text())).status());
    }
    return stored;
  });
}

Result<Supplement> PgSupplementRepository::GetSupplement(UserId owner, std::int64_t id) {
  auto found = SelectSupplements(*pool_, owner, id);
  if (!found.ok()) return found.status();
  if (found->empty()) return NoSupplement(id);
  return std::move(found->front());
}

Result<std::vector<Supplement>> PgSupplementRepository::ListSupplements(UserId owner) {
  return SelectSupplements(*pool_, owner, std::nullopt);
}

Result<SupplementDose> PgSupplementRepository::LogDose(UserId owner, const SupplementDose& dose) {
  return pool_->Run([&](Connection& c) -> Result<SupplementDose> {
    auto rows = c.Query(kInsertDose, Params(owner, dose.date.ToString(), dose.supplement_id, dose.units));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return NoSupplement(dose.supplement_id);
    SupplementDose stored = dose;
    stored.id = rows->Int(0, 0);
    return stored;
  });
}

Result<std::vector<SupplementDose>> PgSupplementRepository::ListDoses(UserId owner, const CivilDate& from,
                                                                      const CivilDate& to) {
  return pool_->Run([&](Connection& c) -> Result<std::vector<SupplementDose>> {
    auto rows = c.Query(kSelectDoses, Params(owner, from.ToString(), to.ToString()));
    if (!rows.ok()) return rows.status();
    std::vector<SupplementDose> out;
    for (int r = 0; r < rows->size(); ++r) {
      auto date = DateAt(*rows, r, 1);
      if (!date.ok()) return date.status();
      out.push_back({rows->Int(r, 0), *date, rows->Int(r, 2), rows->Double(r, 3)});
    }
    return out;
  });
}

Status PgSupplementRepository::DeleteSupplement(UserId owner, std::int64_t id) {
  return DeleteOwnedRow(*pool_, kDeleteSupplement, owner, id, "supplement");
}

Status PgSupplementRepository::DeleteDose(UserId owner, std::int64_t id) {
  return DeleteOwnedRow(*pool_, kDeleteDose, owner, id, "supplement dose");
}

}  // namespace platewise::postgres
