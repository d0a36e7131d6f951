#ifndef PLATEWISE_CORE_PORTS_SUPPLEMENT_REPOSITORY_H_
#define PLATEWISE_CORE_PORTS_SUPPLEMENT_REPOSITORY_H_

#include <cstdint>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/status.h"
#include "core/supplement/supplement.h"

namespace platewise {

// A user's supplement products and the doses they logged. Every call is
// scoped to one owner (another owner's product is NotFound). A new row's id is
// greater than every stored row's, so "in the order added" is "by id". Thread-safe.
class SupplementRepository {
 public:
  virtual ~SupplementRepository() = default;
  // Stores the product and returns it with its new id.
  virtual Result<Supplement> AddSupplement(UserId owner, const Supplement& supplement) = 0;
  // NotFound when the owner has no supplement with this id.
  virtual Result<Supplement> GetSupplement(UserId owner, std::int64_t id) = 0;
  // The owner's products in the order added.
  virtual Result<std::vector<Supplement>> ListSupplements(UserId owner) = 0;
  // NotFound when the owner has no supplement dose.supplement_id.
  virtual Result<SupplementDose> LogDose(UserId owner, const SupplementDose& dose) = 0;
  // The owner's doses dated from `from` to `to` (both included), by date,
  // then in the order logged.
  virtual Result<std::vector<SupplementDose>> ListDoses(UserId owner, const CivilDate& from, const CivilDate& to) = 0;
  // Removes the product with its per-unit amounts and every dose logged of
  // it. NotFound when the owner has no supplement with this id.
  virtual Status DeleteSupplement(UserId owner, std::int64_t id) = 0;
  // NotFound when the owner has no dose with this id.
  virtual Status DeleteDose(UserId owner, std::int64_t id) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_SUPPLEMENT_REPOSITORY_H_
