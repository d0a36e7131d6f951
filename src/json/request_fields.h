#ifndef PLATEWISE_JSON_REQUEST_FIELDS_H_
#define PLATEWISE_JSON_REQUEST_FIELDS_H_

// Reading the fields of a JSON request body, with the errors the API
// promises: a body that is not JSON, or not an object, is InvalidArgument
// (400); a field that is missing, of the wrong type, non-finite or out of
// range is Unprocessable (422) naming the field.

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/diary/civil_date.h"
#include "core/status.h"

namespace platewise {

inline constexpr std::size_t kMaxStringField = 1000;

Result<nlohmann::json> ParseJsonObject(const std::string& body);

Result<std::string> RequiredString(const nlohmann::json& obj, const std::string& field,
                                   std::size_t max_length = kMaxStringField);
Result<std::optional<std::string>> OptionalString(const nlohmann::json& obj, const std::string& field,
                                                  std::size_t max_length = kMaxStringField);
// A finite number (integers too).
Result<double> RequiredNumber(const nlohmann::json& obj, const std::string& field);
Result<std::optional<double>> OptionalNumber(const nlohmann::json& obj, const std::string& field);
// A "YYYY-MM-DD" string naming a real day.
Result<CivilDate> RequiredDate(const nlohmann::json& obj, const std::string& field);
Result<std::optional<CivilDate>> OptionalDate(const nlohmann::json& obj, const std::string& field);

// An object of amounts by nutrient key ({"energy": 250, "protein": 3}),
// each a finite number; Unprocessable naming "FIELD" or "FIELD.KEY".
Result<std::map<std::string, double>> NutrientAmounts(const nlohmann::json& obj, const std::string& field);

// Unprocessable unless every key of `obj` is in `allowed` (catches typos
// such as "gram" that would otherwise be ignored).
Status CheckOnlyFields(const nlohmann::json& obj, std::initializer_list<const char*> allowed);

}  // namespace platewise

#endif  // PLATEWISE_JSON_REQUEST_FIELDS_H_
