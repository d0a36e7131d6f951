// `platewise restore` on any file: the export reader
// (json/account_export_reader.h) and, for a file it accepts, the restore
// (core/usecases/account_restore.h) into an empty account of an in-memory
// store. A refusal must say why; a restore that succeeds must have written
// every row the file had.

#include <nlohmann/json.hpp>

#include "core/ports/food_index_updates.h"
#include "core/testing/fixed_clock.h"
#include "core/usecases/account_restore.h"
#include "core/usecases/use_case_test_store.h"
#include "fuzz_target.h"
#include "json/account_export_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  nlohmann::json file = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
  if (file.is_discarded()) return 0;
  auto read = platewise::ReadAccountExport(file);
  if (!read.ok()) {
    FUZZ_CHECK(!read.status().message().empty(), "a refused file says why");
    return 0;
  }
  platewise::testing::UseCaseTestStore store;
  platewise::testing::FixedClock clock(platewise::CivilDate{2026, 12, 1});
  platewise::NoFoodIndexUpdates index;
  platewise::UseCaseContext ctx{store.store(), clock, index};
  const platewise::UserId user = store.NewUser("fuzz@example.org");
  auto done = platewise::RestoreAccountData(ctx, user, *read);
  if (!done.ok()) {
    FUZZ_CHECK(!done.status().message().empty(), "a refused restore says why");
    return 0;
  }
  auto after = platewise::ExportAccountData(ctx, user);
  FUZZ_CHECK(after.ok(), "the restored account exports");
  FUZZ_CHECK(after->entries.size() == read->entries.size(), "every diary entry of the file is restored");
  FUZZ_CHECK(after->custom_foods.size() == read->custom_foods.size(), "every custom food of the file is restored");
  FUZZ_CHECK(after->supplement_doses.size() == read->supplement_doses.size(), "every dose of the file is restored");
  return 0;
}
