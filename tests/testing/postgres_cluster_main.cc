// postgres-test-cluster start|stop STATE_FILE: the CTest fixture that gives
// the tests of one run a single throwaway PostgreSQL cluster
// (testing/postgres_cluster.h). `start` writes STATE_FILE; `stop` stops the
// cluster it names and removes its folder.

#include <iostream>
#include <string>

#include "testing/postgres_cluster.h"

int main(int argc, char** argv) {
  using platewise::testing::PostgresCluster;
  const std::string verb = argc == 3 ? argv[1] : "";
  if (verb == "start") {
    auto cluster = PostgresCluster::Start();
    if (!cluster.ok()) {
      std::cerr << "postgres-test-cluster: " << cluster.status().message() << "\n";
      return 1;
    }
    auto written = (*cluster)->WriteState(argv[2]);
    if (!written.ok()) {
      std::cerr << "postgres-test-cluster: " << written.message() << "\n";
      return 1;
    }
    std::cout << "test cluster on port " << (*cluster)->port() << "\n";
    return 0;
  }
  if (verb == "stop") {
    auto stopped = PostgresCluster::StopFromState(argv[2]);
    if (!stopped.ok()) {
      std::cerr << "postgres-test-cluster: " << stopped.message() << "\n";
      return 1;
    }
    return 0;
  }
  std::cerr << "usage: postgres-test-cluster start|stop STATE_FILE\n";
  return 2;
}
