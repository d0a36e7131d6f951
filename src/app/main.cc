// The platewise binary: every subcommand is in src/cli; main only dispatches.

#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"

int main(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  return platewise::cli::RunCli(words, std::cout, std::cerr);
}
