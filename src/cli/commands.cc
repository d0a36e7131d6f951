#include "cli/commands.h"

#include <iostream>

namespace platewise::cli {
namespace {

constexpr char kProfileFlags[] =
    "--sex female|male --age YEARS --height 5ft6in|168cm --weight 160lb|72.5kg "
    "--activity sedentary|light|moderate|active|very-active "
    "--goal gain-2|gain-1.5|gain-1|gain-0.5|maintain|lose-0.5|lose-1|lose-1.5|lose-2";

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"goal", "goal PROFILE-FLAGS [--json]   daily calorie budget", RunGoal},
      {"foods search", "foods search QUERY [--limit N] [--json]", RunFoodsSearch},
      {"foods show", "foods show ID [--json]   nutrients per 100 g and portions", RunFoodsShow},
      {"profile set", "profile set PROFILE-FLAGS   the local profile used by 'log day'", RunProfileSet},
      {"profile show", "profile show [--json]", RunProfileShow},
      {"log add", "log add [--date YYYY-MM-DD] --meal breakfast|lunch|dinner|snacks FOOD_ID AMOUNT", RunLogAdd},
      {"log day", "log day [YYYY-MM-DD] [--json]", RunLogDay},
      {"serve",
       "serve [--listen HOST:PORT] [--threads N] [--web-dir DIR] [--secure-cookies] "
       "[--password-hash-cost interactive|minimum]",
       RunServe},
      {"import usda", "import usda [--data-dir DIR]   (re)import the bundled USDA SR24 foods", RunImportUsda},
  };
  return kCommands;
}

void PrintUsage(std::ostream& out) {
  out << "usage: platewise [--db PATH] COMMAND ...\n\ncommands:\n";
  for (const Command& c : Commands()) out << "  platewise " << c.usage << "\n";
  out << "\nPROFILE-FLAGS: " << kProfileFlags << "\n"
      << "The database is --db PATH, else $PLATEWISE_DB, else " << kDefaultDbPath << ".\n";
}

int ExitCode(const Status& s) {
  switch (s.code()) {
    case StatusCode::kOk: return 0;
    case StatusCode::kInvalidArgument:
    case StatusCode::kUnprocessable: return 2;
    case StatusCode::kNotFound: return 3;
    default: return 1;
  }
}

}  // namespace

int RunCli(const std::vector<std::string>& words, std::ostream& out, std::ostream& err) {
  auto args = Arguments::Parse(words);
  if (!args.ok()) {
    err << "platewise: " << args.status().message() << "\n";
    return 2;
  }
  const auto& pos = args->positionals();
  if (pos.empty() || (pos.size() == 1 && pos[0] == "help")) {
    PrintUsage(pos.empty() && !args->Has("help") ? err : out);
    return pos.empty() && !args->Has("help") ? 2 : 0;
  }
  const Command* found = nullptr;
  size_t consumed = 0;
  for (const Command& c : Commands()) {
    std::string name = c.name;
    auto space = name.find(' ');
    if (space == std::string::npos) {
      if (pos[0] == name) found = &c, consumed = 1;
    } else if (pos.size() >= 2 && pos[0] == name.substr(0, space) && pos[1] == name.substr(space + 1)) {
      found = &c, consumed = 2;
    }
    if (found) break;
  }
  if (!found) {
    err << "platewise: unknown command \"" << pos[0] << (pos.size() > 1 ? " " + pos[1] : "") << "\"\n\n";
    PrintUsage(err);
    return 2;
  }
  Arguments command_args = *args;
  command_args.DropPositionals(consumed);  // the command's own words
  if (command_args.Has("help")) {
    out << "usage: platewise " << found->usage << "\n";
    return 0;
  }
  AppContext ctx(command_args, DefaultEnvironment(command_args), out);
  Status s = found->run(ctx);
  if (!s.ok()) {
    err << "platewise " << found->name << ": " << s.message() << "\n";
    if (s.code() == StatusCode::kInvalidArgument) err << "usage: platewise " << found->usage << "\n";
  }
  return ExitCode(s);
}

}  // namespace platewise::cli
