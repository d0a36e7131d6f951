#include "import/fdc_csv.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "import/export_lines.h"
#include "import/fdc_foods.h"
#include "import/file_hash.h"

namespace platewise {
namespace {

// In the order they are read: each needs the ones before it.
enum class Kind { kNutrient, kMeasureUnit, kFoodCategory, kFood, kBranded, kFoodNutrient, kFoodPortion, kOther };

// By the header; the two small code tables' headers ("id","code",
// "description" and "id","name") are shared by other tables of the
// download (food_nutrient_source, nutrient_incoming_name), so for those the
// file's name must say which it is too.
Kind KindOf(const CsvHeader& h, const std::string& name) {
  if (h.Find("nutrient_nbr") && h.Find("unit_name")) return Kind::kNutrient;
  if (h.Find("fdc_id")) {
    if (h.Find("nutrient_id") && h.Find("amount")) return Kind::kFoodNutrient;
    if (h.Find("gram_weight") && h.Find("measure_unit_id")) return Kind::kFoodPortion;
    if (h.Find("gtin_upc")) return Kind::kBranded;
    if (h.Find("data_type") && h.Find("description")) return Kind::kFood;
    return Kind::kOther;
  }
  const std::string stem = std::filesystem::path(name).stem().string();
  if (stem == "food_category" && h.Find("id") && h.Find("description")) return Kind::kFoodCategory;
  if (stem == "measure_unit" && h.Find("id") && h.Find("name")) return Kind::kMeasureUnit;
  return Kind::kOther;
}

struct OpenFile {
  ExportLines lines;
  CsvHeader header;
  Kind kind;
  std::string label;  // for messages: "food.csv", or "folder/food.csv" when read from a folder
  std::string path;   // to read it again
};

// Which of `buckets` passes reads the rows of `fdc_id` (FNV-1a of its text:
// the same in every run, so a run and its re-read agree).
std::uint64_t BucketOf(const std::string& fdc_id, std::uint64_t buckets) {
  std::uint64_t h = 14695981039346656037ull;
  for (const unsigned char c : fdc_id) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h % buckets;
}

struct Path {
  std::string path;
  std::string label;  // empty: the file's own name
};

// The .csv files of a folder (sorted, so a run is reproducible), labelled
// with the folder's name (several folders of one run each have a
// food.csv), or the file.
Result<std::vector<Path>> Expand(const std::vector<std::string>& paths) {
  std::vector<Path> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
      out.push_back({path, ""});
      continue;
    }
    const std::filesystem::path folder = std::filesystem::path(path).lexically_normal();
    const std::string folder_name = (folder.has_filename() ? folder : folder.parent_path()).filename().string();
    std::vector<Path> found;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".csv") {
        found.push_back({entry.path().string(), folder_name + "/" + entry.path().filename().string()});
      }
    }
    if (ec) return Status::InvalidArgument(path + ": the folder cannot be read: " + ec.message());
    if (found.empty()) return Status::InvalidArgument(path + ": the folder has no .csv file");
    std::sort(found.begin(), found.end(), [](const Path& a, const Path& b) { return a.path < b.path; });
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

// Reads every record of `f`, calling `row` with each (the header is read).
template <typename Row>
Status EachRow(OpenFile& f, Row row) {
  for (;;) {
    auto record = NextCsvRecord(f.lines);
    if (!record.ok()) return record.status();
    if (!*record) return Status::Ok();
    if ((*record)->fields.size() == 1 && (*record)->fields[0].empty()) continue;  // a blank line
    row(**record, FdcWhere{f.label, (*record)->line, ""});
  }
}

struct Columns {
  std::vector<std::size_t> index;
  const std::string& operator()(const CsvRecord& r, std::size_t i) const { return Field(r, index[i]); }
};

// The columns `names`, required, of the file.
Result<Columns> Require(const OpenFile& f, std::initializer_list<const char*> names) {
  Columns c;
  for (const char* name : names) {
    auto i = f.header.Require(name, f.lines.name());
    if (!i.ok()) return i.status();
    c.index.push_back(*i);
  }
  return c;
}

// Optional columns: a missing one reads as "" (Field of an index past the
// record's end).
std::size_t Optional(const OpenFile& f, const char* name) {
  return f.header.Find(name).value_or(static_cast<std::size_t>(-1));
}

}  // namespace

Result<std::string> ReadFdcCsv(const std::vector<std::string>& paths, const std::vector<Nutrient>& catalog,
                               ImportSummary& summary, const FoodSink& put, const FdcCsvOptions& options) {
  auto expanded = Expand(paths);
  if (!expanded.ok()) return expanded.status();
  std::vector<OpenFile> files;
  std::vector<std::string> paths_of;  // by files' index, for reopening
  std::vector<std::string> others;
  for (const auto& [path, label] : *expanded) {
    auto csv = OpenCsvFile(path);
    if (!csv.ok()) return csv.status();
    auto& lines = csv->lines;
    CsvHeader& header = csv->header;
    const Kind kind = KindOf(header, lines.name());
    std::string name = label.empty() ? lines.name() : label;
    if (kind == Kind::kOther) {
      others.push_back(std::move(name));
      continue;
    }
    files.push_back({std::move(lines), std::move(header), kind, std::move(name), path});
  }
  std::stable_sort(files.begin(), files.end(), [](const OpenFile& a, const OpenFile& b) { return a.kind < b.kind; });
  auto has = [&](Kind k) { return std::any_of(files.begin(), files.end(), [&](const OpenFile& f) { return f.kind == k; }); };
  if (!has(Kind::kFood)) {
    return Status::InvalidArgument("no FoodData Central food file (a CSV with fdc_id, data_type and description "
                                   "columns) among the files given");
  }
  if (has(Kind::kFoodNutrient) && !has(Kind::kNutrient)) {
    return Status::InvalidArgument("the nutrient file (id, name, unit_name, nutrient_nbr) is needed to know what "
                                   "food_nutrient's nutrient_id means: give it with the other files");
  }

  // The rows of one food are in several files, so the foods are joined in
  // memory; to bound that memory, the files of foods' rows are read once per
  // bucket of fdc_ids, each pass keeping only its bucket's foods.
  std::int64_t food_bytes = 0;
  for (const OpenFile& f : files) {
    if (f.kind < Kind::kFood) continue;
    std::error_code ec;
    const auto size = std::filesystem::file_size(f.path, ec);
    if (!ec) food_bytes += static_cast<std::int64_t>(size);
  }
  const std::int64_t bucket_bytes = std::max<std::int64_t>(options.bucket_bytes, 1);
  const std::uint64_t buckets = static_cast<std::uint64_t>(std::max<std::int64_t>(1, (food_bytes + bucket_bytes - 1) / bucket_bytes));

  FdcFoods foods(catalog, summary, put);
  std::map<std::string, FdcNutrientDef> nutrients;  // nutrient.id → definition
  std::map<std::string, std::string> units;         // measure_unit.id → name
  std::map<std::string, std::string> categories;    // food_category.id → description
  FileHash run_hash;
  for (std::uint64_t bucket = 0; bucket < buckets; ++bucket) {
    // Whether a row of a food's file is this pass's (by its fdc_id's text,
    // so that every row, readable or not, is read in exactly one pass).
    auto mine = [&](const std::string& fdc_id) { return buckets == 1 || BucketOf(Trim(fdc_id), buckets) == bucket; };
    for (OpenFile& f : files) {
      if (bucket > 0 && f.kind < Kind::kFood) continue;  // the code tables are read once
      if (bucket > 0) {
        auto csv = OpenCsvFile(f.path);
        if (!csv.ok()) return csv.status();
        f.lines = std::move(csv->lines);
        f.header = std::move(csv->header);
      }
      Status read = Status::Ok();
      switch (f.kind) {
        case Kind::kNutrient: {
          auto c = Require(f, {"id", "name", "unit_name", "nutrient_nbr"});
          if (!c.ok()) return c.status();
          read = EachRow(f, [&](const CsvRecord& r, const FdcWhere&) {
            nutrients[Trim((*c)(r, 0))] = FdcNutrientDef{Trim((*c)(r, 3)), Trim((*c)(r, 2)), Trim((*c)(r, 1))};
          });
          break;
        }
        case Kind::kMeasureUnit: {
          auto c = Require(f, {"id", "name"});
          if (!c.ok()) return c.status();
          read = EachRow(f, [&](const CsvRecord& r, const FdcWhere&) { units[Trim((*c)(r, 0))] = Trim((*c)(r, 1)); });
          break;
        }
        case Kind::kFoodCategory: {
          auto c = Require(f, {"id", "description"});
          if (!c.ok()) return c.status();
          read = EachRow(f, [&](const CsvRecord& r, const FdcWhere&) {
            categories[Trim((*c)(r, 0))] = Trim((*c)(r, 1));
          });
          break;
        }
        case Kind::kFood: {
          auto c = Require(f, {"fdc_id", "data_type", "description"});
          if (!c.ok()) return c.status();
          const std::size_t category = Optional(f, "food_category_id");
          const std::size_t published = Optional(f, "publication_date");
          read = EachRow(f, [&](const CsvRecord& r, const FdcWhere& where) {
            if (!mine((*c)(r, 0))) return;
            // food_category_id is an id of food_category, or (seen in one
            // download) the category's text itself.
            const std::string id = Trim(Field(r, category));
            auto named = categories.find(id);
            const bool is_id = !id.empty() && id.find_first_not_of("0123456789") == std::string::npos;
            const std::string group = named != categories.end() ? named->second : is_id ? "" : id;
            foods.AddFood((*c)(r, 0), (*c)(r, 1), (*c)(r, 2), group, Field(r, published), where);
          });
          break;
        }
        case Kind::kBranded: {
          auto c = Require(f, {"fdc_id", "gtin_upc"});
          if (!c.ok()) return c.status();
          const std::size_t owner = Optional(f, "brand_owner"), brand = Optional(f, "brand_name"),
                            category = Optional(f, "branded_food_category"), size = Optional(f, "serving_size"),
                            size_unit = Optional(f, "serving_size_unit"),
                            household = Optional(f, "household_serving_fulltext");
          read = EachRow(f, [&](const CsvRecord& r, const FdcWhere& where) {
            if (!mine((*c)(r, 0))) return;
            foods.SetBranded((*c)(r, 0), Field(r, owner), Field(r, brand), (*c)(r, 1), Field(r, category),
                             Field(r, size), Field(r, size_unit), Field(r, household), where);
          });
          break;
        }
        case Kind::kFoodNutrient: {
          auto c = Require(f, {"fdc_id", "nutrient_id", "amount"});
          if (!c.ok()) return c.status();
          read = EachRow(f, [&](const CsvRecord& r, const FdcWhere& where) {
            if (!mine((*c)(r, 0))) return;
            auto def = nutrients.find(Trim((*c)(r, 1)));
            if (def == nutrients.end()) {
              if (foods.Known(Trim((*c)(r, 0)))) {
                summary.Skip(where.file, where.line,
                             "nutrient_id \"" + (*c)(r, 1) + "\" is not in the nutrient file");
              }
              return;
            }
            foods.AddNutrient((*c)(r, 0), def->second, (*c)(r, 2), where);
          });
          break;
        }
        case Kind::kFoodPortion: {
          auto c = Require(f, {"fdc_id", "gram_weight"});
          if (!c.ok()) return c.status();
          const std::size_t seq = Optional(f, "seq_num"), amount = Optional(f, "amount"),
                            unit = Optional(f, "measure_unit_id"), modifier = Optional(f, "modifier"),
                            description = Optional(f, "portion_description");
          std::int64_t order = 0;
          read = EachRow(f, [&](const CsvRecord& r, const FdcWhere& where) {
            // seq_num orders a food's portions; rows without one keep the file's order after those with one.
            const std::string s = Trim(Field(r, seq));
            char* end = nullptr;
            const double n = std::strtod(s.c_str(), &end);
            const double key = !s.empty() && end == s.c_str() + s.size() ? n : 1e9 + static_cast<double>(order);
            ++order;
            if (!mine((*c)(r, 0))) return;
            auto named = units.find(Trim(Field(r, unit)));
            foods.AddPortion((*c)(r, 0), key, Field(r, amount), named != units.end() ? named->second : "",
                             Field(r, modifier), Field(r, description), (*c)(r, 1), where);
          });
          break;
        }
        case Kind::kOther: break;
      }
      if (!read.ok()) return read;
      if (bucket == 0) {
        run_hash.Update(f.lines.Sha256Hex());
        summary.files.push_back(f.label);
      }
    }
    PW_RETURN_IF_ERROR(foods.EmitAll());
  }
  if (!others.empty()) {
    std::string names;
    for (const std::string& n : others) names += (names.empty() ? "" : ", ") + n;
    summary.notes.push_back("not read (Platewise needs nothing from them): " + names);
  }
  foods.Finish();
  return run_hash.Hex();
}

}  // namespace platewise
