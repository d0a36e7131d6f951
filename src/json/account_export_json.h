#ifndef PLATEWISE_JSON_ACCOUNT_EXPORT_JSON_H_
#define PLATEWISE_JSON_ACCOUNT_EXPORT_JSON_H_

// The export of everything a user owns, as JSON tables (one array of objects
// per table), shared by GET /api/v1/export and `platewise export --json`:
//   {"account":{"id","email"}, "profile":ProfileJson|null,
//    "diary_entries":[DiaryEntryJson], "water":[...], "exercise":[...],
//    "weights":[...], "custom_foods":[FoodDetailJson, plus for a recipe
//    "recipe":{"servings":2,"ingredients":[{"food_id","grams","amount"}]}],
//    "favourites":[{"food_id"}], "supplements":[SupplementJson],
//    "supplement_doses":[{"id","date","supplement_id","units"}],
//    "api_tokens":[{"id","name","created_at"}],   (names only, never secrets)
//    "imports":ImportProvenanceJson}
//
// ImportProvenanceJson: which rows above an import brought, by their ids in
// this file, and which files it read (core/ports/history_imports.h):
//   {"files":[{"scope","file_hash"}], "diary_entries":[{"id","scope"}],
//    "weights":[{"id","scope"}], "exercise":[{"id","scope"}],
//    "custom_foods":[{"id","key"}]}

#include <nlohmann/json.hpp>

#include "core/usecases/account_data.h"

namespace platewise {

nlohmann::json AccountExportJson(const AccountData& data);
nlohmann::json ImportProvenanceJson(const ImportProvenance& provenance);

}  // namespace platewise

#endif  // PLATEWISE_JSON_ACCOUNT_EXPORT_JSON_H_
