#ifndef PLATEWISE_JSON_AMOUNT_FIELDS_H_
#define PLATEWISE_JSON_AMOUNT_FIELDS_H_

// How much of a food a request body names, the same way everywhere a body
// names an amount (a diary entry, a recipe ingredient):
//   {"grams":150}  or  {"amount":1.5,"portion":"cup"}
// Errors are 422 naming "grams", "amount" or "portion": both forms at once,
// neither, an amount without a portion or the other way round, grams out of
// range (ValidateEntryGrams), an amount not in (0, 1000], or a portion the
// food does not have.

#include <nlohmann/json.hpp>

#include "core/food/amount.h"
#include "core/food/food.h"
#include "core/status.h"

namespace platewise {

Result<ResolvedAmount> AmountFields(const nlohmann::json& body, const Food& food);

}  // namespace platewise

#endif  // PLATEWISE_JSON_AMOUNT_FIELDS_H_
