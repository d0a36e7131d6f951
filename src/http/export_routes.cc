#include "http/export_routes.h"

#include <map>
#include <sstream>
#include <string_view>

#include "core/usecases/account_data.h"
#include "http/error_response.h"
#include "http/request_user.h"
#include "json/account_export_json.h"

namespace platewise::http {
namespace {

// The user's data as JSON tables (json/account_export_json.h).
Result<nlohmann::json> ExportJson(UseCaseContext& ctx, UserId user) {
  auto data = ExportAccountData(ctx, user);
  if (!data.ok()) return data.status();
  return AccountExportJson(*data);
}

// A text cell that a spreadsheet would run as a formula (OWASP "CSV
// injection": it starts with =, +, -, @, tab or CR) gets a leading ' so it
// is shown as text; numbers are written as they are.
std::string CsvCell(const nlohmann::json& v) {
  if (v.is_null()) return "";
  std::string s = v.is_string() ? v.get<std::string>() : v.dump();
  if (v.is_string() && !s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos) {
    s.insert(0, 1, '\'');
  }
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string quoted = "\"";
  for (char c : s) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

// One table of the export as CSV: a header of the first row's scalar keys.
std::string Csv(const nlohmann::json& rows, const std::vector<std::string>& columns) {
  std::ostringstream out;
  for (size_t i = 0; i < columns.size(); ++i) out << (i ? "," : "") << columns[i];
  out << "\r\n";
  for (const auto& row : rows) {
    for (size_t i = 0; i < columns.size(); ++i) {
      out << (i ? "," : "") << CsvCell(row.contains(columns[i]) ? row[columns[i]] : nlohmann::json(nullptr));
    }
    out << "\r\n";
  }
  return out.str();
}

const std::map<std::string, std::vector<std::string>>& CsvTables() {
  static const std::map<std::string, std::vector<std::string>> kTables = {
      {"diary_entries", {"id", "date", "meal", "food_id", "name", "grams", "amount", "energy_kcal"}},
      {"water", {"id", "date", "ml"}},
      {"exercise", {"id", "date", "activity", "description", "minutes", "kcal"}},
      {"weights", {"id", "date", "weight_kg"}},
      {"custom_foods", {"id", "name", "source", "kcal_per_100g"}},
      {"favourites", {"food_id"}},
  };
  return kTables;
}

}  // namespace

void AddExportRoutes(Router& router, UseCaseContext& ctx) {
  router.Add("GET", "/api/v1/export", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto data = ExportJson(ctx, *user);
    if (!data.ok()) return ErrorResponse(data.status());
    Response r = JsonResponse(200, *data);
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"platewise-export.json\"");
    return r;
  });

  router.Add("GET", "/api/v1/export/{file}", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    const std::string& file = req.params.at("file");
    std::string table = file.size() > 4 && file.ends_with(".csv") ? file.substr(0, file.size() - 4) : "";
    auto it = CsvTables().find(table);
    if (it == CsvTables().end()) {
      return ErrorResponse(Status::NotFound("no export \"" + file +
                                            "\": use diary_entries.csv, water.csv, exercise.csv, weights.csv, "
                                            "custom_foods.csv or favourites.csv"));
    }
    auto data = ExportJson(ctx, *user);
    if (!data.ok()) return ErrorResponse(data.status());
    Response r;
    r.content_type = "text/csv; charset=utf-8";
    r.body = Csv((*data)[table], it->second);
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + file + "\"");
    return r;
  });
}

}  // namespace platewise::http
