#include "import/off_export.h"

#include <fstream>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "import/export_lines.h"
#include "import/file_hash.h"
#include "import/off_products.h"

namespace platewise {
namespace {

// Part of the dataset's checksum: raise it when what a value becomes
// changes, so the same files imported again write the new foods.
constexpr char kReaderVersion[] = "platewise off reader 1";
constexpr std::string_view kPer100g = "_100g";

enum class Kind { kTsv, kJsonl };

struct OpenFile {
  ExportLines lines;
  Kind kind;
  std::vector<std::string> header;  // the CSV export's columns; empty for JSONL
};

// The fields of `line`, which must outlive them.
std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() > end.size() && s.substr(s.size() - end.size()) == end;
}

// Opens `path` and tells its kind by its first line that is not blank (put
// back for JSONL; the CSV export's header is kept).
Result<OpenFile> Open(const std::string& path) {
  auto lines = ExportLines::Open(path);
  if (!lines.ok()) return lines.status();
  while (true) {
    auto line = lines->Next();
    if (!line.ok()) return line.status();
    if (!*line) return Status::InvalidArgument(lines->name() + ": the file is empty");
    const std::string first = Trim(**line);
    if (first.empty()) continue;
    if (first[0] == '{') {
      lines->PutBack(std::move(**line));
      return OpenFile{std::move(*lines), Kind::kJsonl, {}};
    }
    const std::vector<std::string_view> fields = SplitTabs(**line);
    if (CsvHeader::Normalise(fields[0]) == "code") {
      return OpenFile{std::move(*lines), Kind::kTsv, std::vector<std::string>(fields.begin(), fields.end())};
    }
    return Status::InvalidArgument(lines->name() +
                                   ": not Open Food Facts data: neither its CSV export (tab-separated, a header "
                                   "starting with \"code\") nor its JSONL dump (a JSON object per line)");
  }
}

Status ReadTsv(OpenFile& f, OffProducts& products, ImportSummary& summary) {
  const CsvHeader header(f.header);
  auto code = header.Require("code", f.lines.name());
  auto name = header.Require("product_name", f.lines.name());
  if (!code.ok()) return code.status();
  if (!name.ok()) return name.status();
  const auto column = [&](std::string_view n) { return header.Find(n); };
  const auto brands = column("brands"), category = column("main_category_en"), quantity = column("quantity"),
             serving_size = column("serving_size"), serving_quantity = column("serving_quantity"),
             modified = column("last_modified_t");
  std::vector<std::pair<std::size_t, std::string>> per_100g;  // column → nutriment name
  for (std::size_t i = 0; i < f.header.size(); ++i) {
    const std::string n = CsvHeader::Normalise(f.header[i]);
    if (EndsWith(n, kPer100g)) per_100g.emplace_back(i, n.substr(0, n.size() - kPer100g.size()));
  }
  const auto text = [](const std::vector<std::string_view>& row, const std::optional<std::size_t>& at) {
    return at ? std::string(row[*at]) : std::string();
  };
  while (true) {
    auto line = f.lines.Next();
    if (!line.ok()) return line.status();
    if (!*line) return Status::Ok();
    if (Trim(**line).empty()) continue;
    const std::vector<std::string_view> row = SplitTabs(**line);
    if (row.size() != f.header.size()) {
      summary.Skip(f.lines.name(), f.lines.line(),
                   "the row has " + std::to_string(row.size()) + " fields and the header " +
                       std::to_string(f.header.size()) + " (a tab or line end inside a field?)");
      continue;
    }
    OffProduct p;
    p.code = row[*code];
    p.product_name = row[*name];
    p.brands = text(row, brands);
    p.main_category = text(row, category);
    p.quantity = text(row, quantity);
    p.serving_size = text(row, serving_size);
    p.serving_quantity = OffNumberOfText(text(row, serving_quantity));
    p.last_modified_t = OffNumberOfText(text(row, modified));
    for (const auto& [at, nutriment] : per_100g) {
      if (!Trim(row[at]).empty()) p.per_100g.emplace_back(nutriment, OffNumberOfText(row[at]));
    }
    PW_RETURN_IF_ERROR(products.Add(p, OffWhere{f.lines.name(), f.lines.line()}));
  }
}

// A JSON value as text: a string as it is, a number as JSON writes it, else "".
std::string TextOf(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return "";
}

// A JSON number, or a string holding one; null and "" are not written.
OffNumber NumberOf(const nlohmann::json& value) {
  if (value.is_number()) return OffNumberOf(value.get<double>(), value.dump());
  if (value.is_string()) return OffNumberOfText(value.get<std::string>());
  if (value.is_null()) return OffNumber{};
  return OffNumber{std::nullopt, value.dump(), true};
}

OffNumber NumberOf(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it == object.end() ? OffNumber{} : NumberOf(*it);
}

OffProduct ProductOf(const nlohmann::json& line) {
  auto wrapped = line.find("product");
  const nlohmann::json& j = wrapped != line.end() && wrapped->is_object() ? *wrapped : line;
  OffProduct p;
  p.code = TextOf(j, "code");
  if (p.code.empty()) p.code = TextOf(line, "code");
  p.product_name = TextOf(j, "product_name");
  p.brands = TextOf(j, "brands");
  p.main_category = TextOf(j, "main_category_en");
  p.quantity = TextOf(j, "quantity");
  p.serving_size = TextOf(j, "serving_size");
  p.serving_quantity = NumberOf(j, "serving_quantity");
  p.serving_quantity_unit = TextOf(j, "serving_quantity_unit");
  p.last_modified_t = NumberOf(j, "last_modified_t");
  auto nutriments = j.find("nutriments");
  if (nutriments != j.end() && nutriments->is_object()) {
    for (const auto& [key, value] : nutriments->items()) {
      const std::string n = CsvHeader::Normalise(key);
      if (EndsWith(n, kPer100g)) p.per_100g.emplace_back(n.substr(0, n.size() - kPer100g.size()), NumberOf(value));
    }
  }
  return p;
}

Status ReadJsonl(OpenFile& f, OffProducts& products, ImportSummary& summary) {
  while (true) {
    auto line = f.lines.Next();
    if (!line.ok()) return line.status();
    if (!*line) return Status::Ok();
    if (Trim(**line).empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(**line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      summary.Skip(f.lines.name(), f.lines.line(), "the line is not valid JSON");
      continue;
    }
    if (!j.is_object()) {
      summary.Skip(f.lines.name(), f.lines.line(), "the line is not a JSON object");
      continue;
    }
    // Every value is type-checked before it is read; the library's
    // exceptions stop here all the same.
    OffProduct product;
    try {
      product = ProductOf(j);
    } catch (const nlohmann::json::exception& e) {
      summary.Skip(f.lines.name(), f.lines.line(), std::string("the product cannot be read: ") + e.what());
      continue;
    }
    PW_RETURN_IF_ERROR(products.Add(product, OffWhere{f.lines.name(), f.lines.line()}));
  }
}

}  // namespace

Result<std::string> ReadOffExport(const std::vector<std::string>& paths, const std::vector<Nutrient>& catalog,
                                  ImportSummary& summary, const FoodSink& put) {
  std::vector<OpenFile> files;
  for (const std::string& path : paths) {
    auto f = Open(path);
    if (!f.ok()) return f.status();
    files.push_back(std::move(*f));
  }
  FileHash checksum;
  checksum.Update(kReaderVersion);
  for (const Nutrient& n : catalog) {
    checksum.Update("\n");
    checksum.Update(n.key);
    checksum.Update(" ");
    checksum.Update(n.unit);
  }
  OffProducts products(catalog, summary, put);
  for (OpenFile& f : files) {
    PW_RETURN_IF_ERROR(f.kind == Kind::kTsv ? ReadTsv(f, products, summary) : ReadJsonl(f, products, summary));
    checksum.Update("\n");
    checksum.Update(f.lines.Sha256Hex());
    summary.files.push_back(f.lines.name());
  }
  products.Finish();
  return checksum.Hex();
}

}  // namespace platewise
