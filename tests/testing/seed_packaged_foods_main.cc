// seed-packaged-foods DB DATA_DIR: testing/packaged_foods.h's SeedPackagedFoods
// for the tests that are no C++ (the browser test, tests/web/e2e.mjs).
// Exit 0 when seeded; 1 with the error on stderr; 2 for wrong arguments.

#include <iostream>

#include "testing/packaged_foods.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: seed-packaged-foods DB DATA_DIR\n";
    return 2;
  }
  platewise::Status seeded = platewise::testing::SeedPackagedFoods(argv[1], argv[2]);
  if (!seeded.ok()) {
    std::cerr << "seed-packaged-foods: " << seeded.message() << "\n";
    return 1;
  }
  return 0;
}
