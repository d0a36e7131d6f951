// platewise supplements add --name NAME --unit UNIT --nutrients KEY=AMOUNT[,KEY=AMOUNT...] [--json]
// platewise supplements list [--json]
// platewise log supplement [--date YYYY-MM-DD] SUPPLEMENT_ID [UNITS]
//
// Amounts are per unit in the unit `nutrients targets` shows for the key
// (magnesium in mg, vitamin_d in ug). Supplement doses are kept apart from
// food entries, so the report checks supplement-only ULs against them alone.

#include <charconv>
#include <cstdio>
#include <ostream>

#include "cli/commands.h"
#include "cli/nutrient_data.h"
#include "core/usecases/supplements.h"
#include "json/supplement_json.h"

namespace platewise::cli {
namespace {

std::string Describe(const Supplement& s) {
  std::string text;
  for (const auto& [key, amount] : s.per_unit.all()) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%s%s %g", text.empty() ? "" : ", ", key.c_str(), amount);
    text += buf;
  }
  return text;
}

Result<std::int64_t> ParseId(const std::string& text) {
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || id < 1) {
    return Status::InvalidArgument("supplement id \"" + text +
                                   "\" must be a whole number ('platewise supplements list')");
  }
  return id;
}

}  // namespace

Status RunSupplementsAdd(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("supplements add", {"name", "unit", "nutrients", "json"}));
  Supplement s;
  auto name = ctx.args().Require("name");
  if (!name.ok()) return name.status();
  auto unit = ctx.args().Require("unit");
  if (!unit.ok()) return unit.status();
  auto text = ctx.args().Require("nutrients");
  if (!text.ok()) return text.status();
  auto amounts = ParseNutrientAmounts(*text);
  if (!amounts.ok()) return amounts.status();
  s.name = *name;
  s.unit = *unit;
  s.per_unit = *amounts;
  auto data = LoadNutrientData(ctx.env().data_dir);
  if (!data.ok()) return data.status();
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto stored = CreateSupplement(**uc, data->dri, kLocalUser, std::move(s));
  if (!stored.ok()) return stored.status();
  if (ctx.args().Has("json")) {
    ctx.out() << SupplementJson(*stored).dump(2) << "\n";
    return Status::Ok();
  }
  ctx.out() << "Added supplement " << stored->id << ": " << stored->name << ", per " << stored->unit << ": "
            << Describe(*stored) << "\n";
  return Status::Ok();
}

Status RunSupplementsList(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("supplements list", {"json"}));
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto list = ListSupplements(**uc, kLocalUser);
  if (!list.ok()) return list.status();
  if (ctx.args().Has("json")) {
    nlohmann::json out = nlohmann::json::array();
    for (const Supplement& s : *list) out.push_back(SupplementJson(s));
    ctx.out() << nlohmann::json{{"supplements", std::move(out)}}.dump(2) << "\n";
    return Status::Ok();
  }
  if (list->empty()) ctx.out() << "No supplements yet: 'platewise supplements add ...'.\n";
  for (const Supplement& s : *list) {
    ctx.out() << s.id << "  " << s.name << "  (per " << s.unit << ": " << Describe(s) << ")\n";
  }
  return Status::Ok();
}

Status RunLogSupplement(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("log supplement", {"date"}));
  const auto& pos = ctx.args().positionals();
  if (pos.empty() || pos.size() > 2) return Status::InvalidArgument("give a supplement id and, optionally, units");
  auto id = ParseId(pos[0]);
  if (!id.ok()) return id.status();
  double units = 1;
  if (pos.size() == 2) {
    auto [end, ec] = std::from_chars(pos[1].data(), pos[1].data() + pos[1].size(), units);
    if (ec != std::errc() || end != pos[1].data() + pos[1].size()) {
      return Status::InvalidArgument("units \"" + pos[1] + "\" must be a number, e.g. 1 or 0.5");
    }
  }
  auto date = ctx.DateFlagOrToday();
  if (!date.ok()) return date.status();
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto dose = LogSupplementDose(**uc, kLocalUser, *date, *id, units);
  if (!dose.ok()) return dose.status();
  auto supplement = (*uc)->store.supplements->GetSupplement(kLocalUser, *id);
  if (!supplement.ok()) return supplement.status();
  char line[512];
  std::snprintf(line, sizeof line, "Logged %g %s of %s on %s\n", units, supplement->unit.c_str(),
                supplement->name.c_str(), date->ToString().c_str());
  ctx.out() << line;
  return Status::Ok();
}

}  // namespace platewise::cli
