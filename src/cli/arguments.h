#ifndef PLATEWISE_CLI_ARGUMENTS_H_
#define PLATEWISE_CLI_ARGUMENTS_H_

// Command-line words split into positionals and options. An option is
// `--name value`, `--name=value`, or a switch `--name` (for names in
// cli/arguments.cc's switches and the boolean settings). A value may start with a single '-' ("--change -500").

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/status.h"

namespace platewise::cli {

class Arguments {
 public:
  // Parses argv[1..]. InvalidArgument when an option lacks its value.
  static Result<Arguments> Parse(const std::vector<std::string>& words);

  const std::vector<std::string>& positionals() const { return positionals_; }
  // Removes the first `n` positionals (the command's name words).
  void DropPositionals(size_t n) { positionals_.erase(positionals_.begin(), positionals_.begin() + n); }
  std::optional<std::string> Get(const std::string& name) const;
  bool Has(const std::string& name) const { return options_.count(name) > 0; }
  // InvalidArgument naming the option when it is missing.
  Result<std::string> Require(const std::string& name) const;
  // --name as a whole number from `min` to `max`; `fallback` when absent.
  // InvalidArgument naming the option and the range otherwise.
  Result<int> GetInt(const std::string& name, int fallback, int min, int max) const;
  // InvalidArgument for the first option not in `allowed` (--config and the
  // settings of every command, cli/settings_table.h, are always allowed).
  Status CheckAllowed(const std::string& command, const std::set<std::string>& allowed) const;

 private:
  std::vector<std::string> positionals_;
  std::map<std::string, std::string> options_;
};

}  // namespace platewise::cli

#endif  // PLATEWISE_CLI_ARGUMENTS_H_
