#include "import/usda_sr24.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "import/csv_reader.h"

namespace platewise {
namespace {

Result<CsvReader> OpenTable(const std::string& dir, const std::string& name) {
  std::filesystem::path base = std::filesystem::path(dir) / name;
  for (const auto& candidate : {base.string() + ".csv.gz", base.string() + ".csv"}) {
    if (std::filesystem::exists(candidate)) return CsvReader::Open(candidate);
  }
  return Status::Unavailable("food data file " + base.string() + ".csv(.gz) is missing");
}

Result<double> ParseNumber(const CsvReader& in, const std::string& column, const std::string& text) {
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v) || v < 0) {
    return Status::InvalidArgument(in.Where() + ": " + column + " \"" + text + "\" is not a non-negative number");
  }
  return v;
}

Result<std::optional<double>> ParseOptionalNumber(const CsvReader& in, const std::string& column,
                                                  const std::string& text) {
  if (text.empty()) return std::optional<double>();
  auto v = ParseNumber(in, column, text);
  if (!v.ok()) return v.status();
  return std::optional<double>(*v);
}

// USDA's nutrient numbers ("208", "1008") are whole numbers. A fraction or
// an exponent is refused, never rounded or cast (a cast of 4e15 to int is
// undefined behaviour: found by fuzz_sr24).
Result<int> ParseNutrientNumber(const CsvReader& in, const std::string& text) {
  constexpr int kMaxNutrientNumber = 99999;
  int v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < 1 || v > kMaxNutrientNumber) {
    return Status::InvalidArgument(in.Where() + ": usda_nutrient_number \"" + text +
                                   "\" is not a whole number from 1 to 99999");
  }
  return v;
}

Status CheckWidth(const CsvReader& in, const std::vector<std::string>& row, size_t n) {
  if (row.size() != n) {
    return Status::InvalidArgument(in.Where() + ": expected " + std::to_string(n) + " fields, found " +
                                   std::to_string(row.size()));
  }
  return Status::Ok();
}

bool IsNdbNumber(const std::string& s) {
  if (s.size() != 5) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Reads every record of `in` after its header, calling `fn(row)` for each.
template <typename Fn>
Status ForEachRow(CsvReader& in, size_t width, Fn fn) {
  std::vector<std::string> row;
  while (true) {
    auto got = in.Next(row);
    if (!got.ok()) return got.status();
    if (!*got) return Status::Ok();
    if (row.size() == 1 && row[0].empty()) continue;  // blank line
    PW_RETURN_IF_ERROR(CheckWidth(in, row, width));
    PW_RETURN_IF_ERROR(fn(row));
  }
}

// nutrients.csv: the catalog, in file order, and the file's hash (a part of
// the dataset's checksum).
struct NutrientTable {
  std::vector<Nutrient> nutrients;
  std::uint64_t hash = 0;
};

Result<NutrientTable> ReadNutrientTable(const std::string& dir) {
  auto nutrients = OpenTable(dir, "nutrients");
  if (!nutrients.ok()) return nutrients.status();
  PW_RETURN_IF_ERROR(nutrients->ExpectHeader({"key", "name", "unit", "usda_nutrient_number"}));
  NutrientTable table;
  std::set<std::string> keys;
  PW_RETURN_IF_ERROR(ForEachRow(*nutrients, 4, [&](const std::vector<std::string>& r) -> Status {
    Nutrient n{r[0], r[1], r[2], std::nullopt};
    if (n.key.empty() || n.unit.empty()) return Status::InvalidArgument(nutrients->Where() + ": empty key or unit");
    if (!r[3].empty()) {
      auto num = ParseNutrientNumber(*nutrients, r[3]);
      if (!num.ok()) return num.status();
      n.usda_number = *num;
    }
    if (!keys.insert(n.key).second) {
      return Status::InvalidArgument(nutrients->Where() + ": nutrient " + n.key + " listed twice");
    }
    table.nutrients.push_back(std::move(n));
    return Status::Ok();
  }));
  table.hash = nutrients->hash();
  return table;
}

}  // namespace

Result<std::vector<Nutrient>> ReadUsdaSr24Nutrients(const std::string& dir) {
  auto table = ReadNutrientTable(dir);
  if (!table.ok()) return table.status();
  return std::move(table->nutrients);
}

Result<FoodDataset> ReadUsdaSr24(const std::string& dir) {
  FoodDataset ds;
  ds.source = kUsdaSr24Source;

  auto table = ReadNutrientTable(dir);
  if (!table.ok()) return table.status();
  ds.nutrients = std::move(table->nutrients);
  std::uint64_t combined = table->hash;
  std::set<std::string> nutrient_keys;
  for (const Nutrient& n : ds.nutrients) nutrient_keys.insert(n.key);

  auto foods = OpenTable(dir, "foods");
  if (!foods.ok()) return foods.status();
  PW_RETURN_IF_ERROR(foods->ExpectHeader(
      {"ndb_no", "description", "food_group", "protein_factor", "fat_factor", "carbohydrate_factor"}));
  std::map<std::string, size_t> index;  // ndb_no -> position in ds.foods
  PW_RETURN_IF_ERROR(ForEachRow(*foods, 6, [&](const std::vector<std::string>& r) -> Status {
    if (!IsNdbNumber(r[0])) {
      return Status::InvalidArgument(foods->Where() + ": ndb_no \"" + r[0] + "\" is not a 5-digit number");
    }
    if (r[1].empty()) return Status::InvalidArgument(foods->Where() + ": empty description");
    Food f;
    f.id = r[0];
    f.description = r[1];
    f.food_group = r[2];
    f.source = kUsdaSr24Source;
    auto pf = ParseOptionalNumber(*foods, "protein_factor", r[3]);
    auto ff = ParseOptionalNumber(*foods, "fat_factor", r[4]);
    auto cf = ParseOptionalNumber(*foods, "carbohydrate_factor", r[5]);
    for (auto* v : {&pf, &ff, &cf})
      if (!v->ok()) return v->status();
    f.protein_factor = *pf;
    f.fat_factor = *ff;
    f.carbohydrate_factor = *cf;
    if (!index.emplace(f.id, ds.foods.size()).second) {
      return Status::InvalidArgument(foods->Where() + ": food " + f.id + " listed twice");
    }
    ds.foods.push_back(std::move(f));
    return Status::Ok();
  }));
  combined = combined * 31 + foods->hash();

  auto food_of = [&](const CsvReader& in, const std::string& ndb) -> Result<Food*> {
    auto it = index.find(ndb);
    if (it == index.end()) return Status::InvalidArgument(in.Where() + ": unknown food " + ndb);
    return &ds.foods[it->second];
  };

  auto values = OpenTable(dir, "food_nutrients");
  if (!values.ok()) return values.status();
  PW_RETURN_IF_ERROR(values->ExpectHeader({"ndb_no", "nutrient", "amount_per_100g"}));
  PW_RETURN_IF_ERROR(ForEachRow(*values, 3, [&](const std::vector<std::string>& r) -> Status {
    auto food = food_of(*values, r[0]);
    if (!food.ok()) return food.status();
    if (!nutrient_keys.count(r[1])) return Status::InvalidArgument(values->Where() + ": unknown nutrient " + r[1]);
    auto amount = ParseNumber(*values, "amount_per_100g", r[2]);
    if (!amount.ok()) return amount.status();
    (*food)->per_100g.Set(r[1], *amount);
    return Status::Ok();
  }));
  combined = combined * 31 + values->hash();

  auto portions = OpenTable(dir, "portions");
  if (!portions.ok()) return portions.status();
  PW_RETURN_IF_ERROR(portions->ExpectHeader({"ndb_no", "amount", "unit", "grams"}));
  PW_RETURN_IF_ERROR(ForEachRow(*portions, 4, [&](const std::vector<std::string>& r) -> Status {
    auto food = food_of(*portions, r[0]);
    if (!food.ok()) return food.status();
    auto amount = ParseNumber(*portions, "amount", r[1]);
    auto grams = ParseNumber(*portions, "grams", r[3]);
    if (!amount.ok()) return amount.status();
    if (!grams.ok()) return grams.status();
    if (*amount <= 0 || *grams <= 0 || r[2].empty()) {
      return Status::InvalidArgument(portions->Where() + ": a portion needs a positive amount, a unit and grams");
    }
    (*food)->portions.push_back({*amount, r[2], Grams(*grams)});
    return Status::Ok();
  }));
  combined = combined * 31 + portions->hash();

  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(combined));
  ds.checksum = hex;
  return ds;
}

Result<ImportOutcome> ImportUsdaSr24(const std::string& dir, FoodRepository& foods) {
  auto ds = ReadUsdaSr24(dir);
  if (!ds.ok()) return ds.status();
  return foods.ImportDataset(*ds);
}

Status EnsureFoodsImported(const std::string& dir, FoodRepository& foods) {
  auto count = foods.CountFoods();
  if (!count.ok()) return count.status();
  if (*count > 0) return Status::Ok();
  auto outcome = ImportUsdaSr24(dir, foods);
  return outcome.ok() ? Status::Ok() : outcome.status();
}

}  // namespace platewise
