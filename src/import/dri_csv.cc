#include "import/dri_csv.h"

#include <charconv>
#include <cmath>

#include "import/csv_reader.h"

namespace platewise {
namespace {

Result<std::optional<double>> ParseValue(const CsvReader& in, const char* column, const std::string& text) {
  if (text.empty()) return std::optional<double>();
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v) || v < 0) {
    return Status::InvalidArgument(in.Where() + ": " + column + " \"" + text +
                                   "\" is not a non-negative number or empty");
  }
  return std::optional<double>(v);
}

}  // namespace

Result<DriTable> ReadDriCsv(const std::string& path) {
  auto in = CsvReader::Open(path);
  if (!in.ok()) return in.status();
  PW_RETURN_IF_ERROR(in->ExpectHeader(
      {"key", "nutrient", "unit", "life_stage", "sex", "age_from", "age_until", "ear", "rda", "ai", "ul", "cdrr", "note"}));
  std::vector<DriRow> rows;
  std::vector<std::string> f;
  while (true) {
    auto got = in->Next(f);
    if (!got.ok()) return got.status();
    if (!*got) break;
    if (f.size() == 1 && f[0].empty()) continue;
    if (f.size() != 13) {
      return Status::InvalidArgument(in->Where() + ": expected 13 fields, found " + std::to_string(f.size()));
    }
    DriRow r;
    r.key = f[0];
    r.name = f[1];
    r.unit = f[2];
    auto stage = ParseLifeStage(f[3]);
    if (!stage.ok()) return Status::InvalidArgument(in->Where() + ": " + stage.status().message());
    r.life_stage = *stage;
    auto from = ParseValue(*in, "age_from", f[5]);
    auto until = ParseValue(*in, "age_until", f[6]);
    auto ear = ParseValue(*in, "ear", f[7]);
    auto rda = ParseValue(*in, "rda", f[8]);
    auto ai = ParseValue(*in, "ai", f[9]);
    for (const auto* v : {&from, &until, &ear, &rda, &ai}) {
      if (!v->ok()) return v->status();
    }
    if (!*from || !*until) return Status::InvalidArgument(in->Where() + ": age_from and age_until are required");
    r.age_from = **from;
    r.age_until = **until;
    r.ear = *ear;
    r.rda = *rda;
    r.ai = *ai;
    if (f[10] == "ND") {
      r.ul_not_determinable = true;
    } else {
      auto ul = ParseValue(*in, "ul", f[10]);
      if (!ul.ok()) return ul.status();
      r.ul = *ul;
    }
    auto cdrr = ParseValue(*in, "cdrr", f[11]);
    if (!cdrr.ok()) return cdrr.status();
    r.cdrr = *cdrr;
    r.note = f[12];
    rows.push_back(std::move(r));
  }
  auto table = DriTable::Create(std::move(rows));
  if (!table.ok()) return Status::InvalidArgument(path + ": " + table.status().message());
  return table;
}

}  // namespace platewise
