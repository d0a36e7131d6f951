#include "json/request_fields.h"

#include <cmath>
#include <set>
#include <string>
#include <vector>

namespace platewise {
namespace {

Status Missing(const std::string& field, const char* what) {
  return Status::Unprocessable(field, "field \"" + field + "\" is required: " + what);
}
Status WrongType(const std::string& field, const char* what) {
  return Status::Unprocessable(field, "field \"" + field + "\" must be " + what);
}

}  // namespace

Result<nlohmann::json> ParseJsonObject(const std::string& body) {
  // A key twice in one object is refused, not resolved: parsers disagree on
  // which one wins (first, last, error), so two readers of one body could act
  // on different values.
  std::vector<std::set<std::string>> open_objects;
  std::string duplicate;
  auto watch = [&](int /*depth*/, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    using Event = nlohmann::json::parse_event_t;
    if (event == Event::object_start) open_objects.emplace_back();
    if (event == Event::object_end && !open_objects.empty()) open_objects.pop_back();
    if (event == Event::key && !open_objects.empty() && duplicate.empty() &&
        !open_objects.back().insert(parsed.get<std::string>()).second) {
      duplicate = parsed.get<std::string>();
    }
    return true;
  };
  nlohmann::json j = nlohmann::json::parse(body, watch, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::InvalidArgument("request body is not valid JSON");
  if (!duplicate.empty()) {
    return Status::InvalidArgument("request body has the key \"" + duplicate + "\" twice in one object");
  }
  if (!j.is_object()) return Status::InvalidArgument("request body must be a JSON object");
  return j;
}

Result<std::optional<std::string>> OptionalString(const nlohmann::json& obj, const std::string& field,
                                                  std::size_t max_length) {
  auto it = obj.find(field);
  if (it == obj.end() || it->is_null()) return std::optional<std::string>();
  if (!it->is_string()) return WrongType(field, "a string");
  const std::string& s = it->get_ref<const std::string&>();
  if (s.find('\0') != std::string::npos) {
    return Status::Unprocessable(field, "field \"" + field + "\" must not contain NUL characters");
  }
  if (s.size() > max_length) {
    return Status::Unprocessable(field, "field \"" + field + "\" is longer than " + std::to_string(max_length) +
                                            " characters");
  }
  return std::optional<std::string>(s);
}

Result<std::string> RequiredString(const nlohmann::json& obj, const std::string& field, std::size_t max_length) {
  auto s = OptionalString(obj, field, max_length);
  if (!s.ok()) return s.status();
  if (!*s) return Missing(field, "a string");
  return **s;
}

Result<std::optional<double>> OptionalNumber(const nlohmann::json& obj, const std::string& field) {
  auto it = obj.find(field);
  if (it == obj.end() || it->is_null()) return std::optional<double>();
  if (!it->is_number()) return WrongType(field, "a number");
  double v = it->get<double>();
  if (!std::isfinite(v)) return WrongType(field, "a finite number");
  // A subnormal (below about 2.2e-308) is no amount anyone logs, and
  // arithmetic on it loses precision: refused like an infinity.
  if (std::fpclassify(v) == FP_SUBNORMAL) return WrongType(field, "a number of ordinary size (not subnormal)");
  return std::optional<double>(v);
}

Result<std::map<std::string, double>> NutrientAmounts(const nlohmann::json& obj, const std::string& field) {
  auto it = obj.find(field);
  if (it == obj.end() || !it->is_object()) {
    return Status::Unprocessable(field, field + " must be an object such as {\"energy\": 250, \"protein\": 3}");
  }
  std::map<std::string, double> out;
  for (const auto& [key, value] : it->items()) {
    auto amount = RequiredNumber(*it, key);
    if (!amount.ok()) return Status::Unprocessable(field + "." + key, "nutrient " + key + " must be a number");
    out[key] = *amount;
  }
  return out;
}

Result<double> RequiredNumber(const nlohmann::json& obj, const std::string& field) {
  auto n = OptionalNumber(obj, field);
  if (!n.ok()) return n.status();
  if (!*n) return Missing(field, "a number");
  return **n;
}

Result<std::optional<CivilDate>> OptionalDate(const nlohmann::json& obj, const std::string& field) {
  auto s = OptionalString(obj, field, 32);
  if (!s.ok()) return s.status();
  if (!*s) return std::optional<CivilDate>();
  auto d = ParseCivilDate(**s);
  if (!d.ok()) return d.status().ForField(field);
  return std::optional<CivilDate>(*d);
}

Result<CivilDate> RequiredDate(const nlohmann::json& obj, const std::string& field) {
  auto d = OptionalDate(obj, field);
  if (!d.ok()) return d.status();
  if (!*d) return Missing(field, "a date YYYY-MM-DD");
  return **d;
}

Status CheckOnlyFields(const nlohmann::json& obj, std::initializer_list<const char*> allowed) {
  for (const auto& [key, value] : obj.items()) {
    bool known = false;
    for (const char* a : allowed) known = known || key == a;
    if (!known) {
      std::string list;
      for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      return Status::Unprocessable(key, "unknown field \"" + key + "\"; the fields are: " + list);
    }
  }
  return Status::Ok();
}

}  // namespace platewise
