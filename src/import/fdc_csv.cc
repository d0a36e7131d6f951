#include "import/fdc_csv.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>

#include "import/export_lines.h"
#include "import/fdc_foods.h"
#include "import/file_hash.h"
#include "import/private_import_folder.h"

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
  std::string path;
  // A bucket's part of a file (below): the column that holds each row's
  // line in the file given, for messages.
  std::optional<std::size_t> line_column = std::nullopt;
};

// Which bucket the rows of `fdc_id` go to (FNV-1a of its text: the same in
// every run, so a run and its re-read agree).
std::uint64_t BucketOf(const std::string& fdc_id, std::uint64_t buckets) {
  std::uint64_t h = 14695981039346656037ull;
  for (const unsigned char c : fdc_id) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h % buckets;
}

// How many buckets the foods' files are joined in: one per
// options.bucket_bytes of them.
std::uint64_t BucketsFor(const std::vector<OpenFile>& files, const FdcCsvOptions& options) {
  std::int64_t bytes = 0;
  for (const OpenFile& f : files) {
    if (f.kind < Kind::kFood) continue;
    std::error_code ec;
    const auto size = std::filesystem::file_size(f.path, ec);
    if (!ec) bytes += static_cast<std::int64_t>(size);
  }
  const std::int64_t per = std::max<std::int64_t>(options.bucket_bytes, 1);
  return static_cast<std::uint64_t>(std::max<std::int64_t>(1, (bytes + per - 1) / per));
}

// A bucket's part of a file: a CSV whose first column is kLineColumn (the
// row's line in the file given), then the file's own columns.
constexpr char kLineColumn[] = "platewise_line";
std::string PartPath(const std::string& folder, std::uint64_t bucket, std::size_t file) {
  return folder + "/" + std::to_string(bucket) + "-" + std::to_string(file) + ".csv";
}

void AppendCsvField(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += field;
    return;
  }
  out += '"';
  for (const char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// Splits `f`'s rows (read whole, so its hash is the file's) into the
// buckets' parts in `folder`, by the row's fdc_id.
Status Split(OpenFile& f, const std::string& folder, std::size_t file, std::uint64_t buckets) {
  auto fdc_id = f.header.Require("fdc_id", f.lines.name());
  if (!fdc_id.ok()) return fdc_id.status();
  std::string header = kLineColumn;
  for (const std::string& name : f.header.names()) {
    header += ',';
    AppendCsvField(header, name);
  }
  header += '\n';
  std::vector<std::ofstream> parts;
  for (std::uint64_t b = 0; b < buckets; ++b) {
    parts.emplace_back(PartPath(folder, b, file), std::ios::binary);
    parts.back() << header;
  }
  std::string row;
  for (;;) {
    auto record = NextCsvRecord(f.lines);
    if (!record.ok()) return record.status();
    if (!*record) break;
    const CsvRecord& r = **record;
    if (r.fields.size() == 1 && r.fields[0].empty()) continue;  // a blank line
    row = std::to_string(r.line);
    for (const std::string& field : r.fields) {
      row += ',';
      AppendCsvField(row, field);
    }
    row += '\n';
    parts[BucketOf(Trim(Field(r, *fdc_id)), buckets)] << row;
  }
  for (std::ofstream& part : parts) {
    part.close();
    if (!part) return Status::Internal("cannot write the split of " + f.label + " (is the temporary folder full?)");
  }
  return Status::Ok();
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
    CsvRecord& r = **record;
    if (r.fields.size() == 1 && r.fields[0].empty()) continue;  // a blank line
    std::int64_t line = r.line;
    if (f.line_column) {
      line = std::strtoll(Field(r, *f.line_column).c_str(), nullptr, 10);
    }
    row(r, FdcWhere{f.label, line, ""});
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

// What the rows of one run build: the code tables, and the foods joined.
struct Join {
  FdcFoods foods;
  ImportSummary& summary;
  std::map<std::string, FdcNutrientDef> nutrients = {};  // nutrient.id → definition
  std::map<std::string, std::string> units = {};         // measure_unit.id → name
  std::map<std::string, std::string> categories = {};    // food_category.id → description
};

// Reads every row of `f` into the join, by the file's kind.
Status ReadRows(OpenFile& f, Join& join) {
  FdcFoods& foods = join.foods;
  switch (f.kind) {
    case Kind::kNutrient: {
      auto c = Require(f, {"id", "name", "unit_name", "nutrient_nbr"});
      if (!c.ok()) return c.status();
      return EachRow(f, [&](const CsvRecord& r, const FdcWhere&) {
        join.nutrients[Trim((*c)(r, 0))] = FdcNutrientDef{Trim((*c)(r, 3)), Trim((*c)(r, 2)), Trim((*c)(r, 1))};
      });
    }
    case Kind::kMeasureUnit: {
      auto c = Require(f, {"id", "name"});
      if (!c.ok()) return c.status();
      return EachRow(f, [&](const CsvRecord& r, const FdcWhere&) { join.units[Trim((*c)(r, 0))] = Trim((*c)(r, 1)); });
    }
    case Kind::kFoodCategory: {
      auto c = Require(f, {"id", "description"});
      if (!c.ok()) return c.status();
      return EachRow(f, [&](const CsvRecord& r, const FdcWhere&) {
        join.categories[Trim((*c)(r, 0))] = Trim((*c)(r, 1));
      });
    }
    case Kind::kFood: {
      auto c = Require(f, {"fdc_id", "data_type", "description"});
      if (!c.ok()) return c.status();
      const std::size_t category = Optional(f, "food_category_id");
      const std::size_t published = Optional(f, "publication_date");
      return EachRow(f, [&](const CsvRecord& r, const FdcWhere& where) {
        // food_category_id is an id of food_category, or (seen in one
        // download) the category's text itself.
        const std::string id = Trim(Field(r, category));
        auto named = join.categories.find(id);
        const bool is_id = !id.empty() && id.find_first_not_of("0123456789") == std::string::npos;
        const std::string group = named != join.categories.end() ? named->second : is_id ? "" : id;
        foods.AddFood((*c)(r, 0), (*c)(r, 1), (*c)(r, 2), group, Field(r, published), where);
      });
    }
    case Kind::kBranded: {
      auto c = Require(f, {"fdc_id", "gtin_upc"});
      if (!c.ok()) return c.status();
      const std::size_t owner = Optional(f, "brand_owner"), brand = Optional(f, "brand_name"),
                        category = Optional(f, "branded_food_category"), size = Optional(f, "serving_size"),
                        size_unit = Optional(f, "serving_size_unit"),
                        household = Optional(f, "household_serving_fulltext");
      return EachRow(f, [&](const CsvRecord& r, const FdcWhere& where) {
        foods.SetBranded((*c)(r, 0), Field(r, owner), Field(r, brand), (*c)(r, 1), Field(r, category),
                         Field(r, size), Field(r, size_unit), Field(r, household), where);
      });
    }
    case Kind::kFoodNutrient: {
      auto c = Require(f, {"fdc_id", "nutrient_id", "amount"});
      if (!c.ok()) return c.status();
      return EachRow(f, [&](const CsvRecord& r, const FdcWhere& where) {
        auto def = join.nutrients.find(Trim((*c)(r, 1)));
        if (def == join.nutrients.end()) {
          if (foods.Known(Trim((*c)(r, 0)))) {
            join.summary.Skip(where.file, where.line, "nutrient_id \"" + (*c)(r, 1) + "\" is not in the nutrient file");
          }
          return;
        }
        foods.AddNutrient((*c)(r, 0), def->second, (*c)(r, 2), where);
      });
    }
    case Kind::kFoodPortion: {
      auto c = Require(f, {"fdc_id", "gram_weight"});
      if (!c.ok()) return c.status();
      const std::size_t seq = Optional(f, "seq_num"), amount = Optional(f, "amount"),
                        unit = Optional(f, "measure_unit_id"), modifier = Optional(f, "modifier"),
                        description = Optional(f, "portion_description");
      return EachRow(f, [&](const CsvRecord& r, const FdcWhere& where) {
        // seq_num orders a food's portions; rows without one keep the file's
        // order (their line) after those with one.
        const std::string s = Trim(Field(r, seq));
        char* end = nullptr;
        const double n = std::strtod(s.c_str(), &end);
        const double key = !s.empty() && end == s.c_str() + s.size() ? n : 1e9 + static_cast<double>(where.line);
        auto named = join.units.find(Trim(Field(r, unit)));
        foods.AddPortion((*c)(r, 0), key, Field(r, amount), named != join.units.end() ? named->second : "",
                         Field(r, modifier), Field(r, description), (*c)(r, 1), where);
      });
    }
    case Kind::kOther: break;
  }
  return Status::Ok();
}

}  // namespace

Result<std::string> ReadFdcCsv(const std::vector<std::string>& paths, const std::vector<Nutrient>& catalog,
                               ImportSummary& summary, const FoodSink& put, const FdcCsvOptions& options) {
  auto expanded = Expand(paths);
  if (!expanded.ok()) return expanded.status();
  std::vector<OpenFile> files;
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

  Join join{FdcFoods(catalog, summary, put), summary};
  FileHash run_hash;
  // The code tables, then (without buckets) the foods' files as given.
  const std::uint64_t buckets = BucketsFor(files, options);
  for (OpenFile& f : files) {
    if (buckets > 1 && f.kind >= Kind::kFood) continue;
    PW_RETURN_IF_ERROR(ReadRows(f, join));
    run_hash.Update(f.lines.Sha256Hex());
    summary.files.push_back(f.label);
  }
  if (buckets > 1) {
    // The foods' files split by fdc_id into a private folder, then each
    // bucket's rows joined and handed on.
    auto folder = PrivateImportFolder::Make("split FoodData Central's files in");
    if (!folder.ok()) return folder.status();
    std::vector<OpenFile*> food_files;
    for (OpenFile& f : files) {
      if (f.kind >= Kind::kFood) food_files.push_back(&f);
    }
    for (std::size_t i = 0; i < food_files.size(); ++i) {
      OpenFile& f = *food_files[i];
      PW_RETURN_IF_ERROR(Split(f, folder->path(), i, buckets));
      run_hash.Update(f.lines.Sha256Hex());
      summary.files.push_back(f.label);
    }
    for (std::uint64_t bucket = 0; bucket < buckets; ++bucket) {
      for (std::size_t i = 0; i < food_files.size(); ++i) {
        auto part = OpenCsvFile(PartPath(folder->path(), bucket, i));
        if (!part.ok()) return part.status();
        OpenFile f{std::move(part->lines), std::move(part->header), food_files[i]->kind, food_files[i]->label, ""};
        f.line_column = f.header.Find(kLineColumn);
        PW_RETURN_IF_ERROR(ReadRows(f, join));
      }
      PW_RETURN_IF_ERROR(join.foods.EmitAll());
    }
  }
  PW_RETURN_IF_ERROR(join.foods.EmitAll());
  if (!others.empty()) {
    std::string names;
    for (const std::string& n : others) names += (names.empty() ? "" : ", ") + n;
    summary.notes.push_back("not read (Platewise needs nothing from them): " + names);
  }
  join.foods.Finish();
  return run_hash.Hex();
}

}  // namespace platewise
