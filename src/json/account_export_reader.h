#ifndef PLATEWISE_JSON_ACCOUNT_EXPORT_READER_H_
#define PLATEWISE_JSON_ACCOUNT_EXPORT_READER_H_

// Reads back what json/account_export_json.h writes, for `platewise restore`.
// Every field is checked; an error names its place ("diary_entries[3].grams
// must be a number") and nothing is read on. Ids are kept as exported (the
// restore maps them to new ones). Of API tokens only the names are read: an
// export never holds their secrets, so they cannot come back.

#include <nlohmann/json.hpp>

#include "core/usecases/account_data.h"

namespace platewise {

Result<AccountData> ReadAccountExport(const nlohmann::json& file);

}  // namespace platewise

#endif  // PLATEWISE_JSON_ACCOUNT_EXPORT_READER_H_
