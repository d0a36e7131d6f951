#ifndef PLATEWISE_TESTS_TESTING_POSTGRES_CLUSTER_H_
#define PLATEWISE_TESTS_TESTING_POSTGRES_CLUSTER_H_

// A throwaway PostgreSQL cluster for tests: initdb into a fresh folder under
// the system temp dir and the server on a free loopback port (TCP only, no
// socket file), with durability off (fsync, full-page writes: nothing here
// must survive a crash). Uses Debian's binaries (/usr/lib/postgresql/15/bin;
// PLATEWISE_PG_BIN overrides). PostgreSQL refuses to run as root, so when
// the tests run as root the cluster runs as user `nobody`, who is given the
// folder.
//
// The cluster holds a migrated template database, so a test's fresh
// database is one CREATE DATABASE ... TEMPLATE away (FreshDatabase).
//
// Under CTest one cluster serves the whole run: the `postgres_cluster_start`
// fixture starts it and writes its state file, whose path the tests find in
// PLATEWISE_TEST_POSTGRES; `postgres_cluster_stop` stops it. A test binary
// run without that variable starts its own cluster on first use and stops
// it at exit (TestPostgres).

#include <memory>
#include <string>
#include <vector>

#include "core/status.h"

namespace platewise::testing {

class PostgresCluster {
 public:
  // initdb, start, create the migrated template. Unavailable, with a message
  // that names scripts/install-deps, when the PostgreSQL binaries are missing.
  static Result<std::unique_ptr<PostgresCluster>> Start();
  // A cluster another process started, from its state file (see WriteState);
  // this object does not stop it.
  static Result<std::unique_ptr<PostgresCluster>> Attach(const std::string& state_file);
  // Stops the cluster described by a state file and removes its folder.
  static Status StopFromState(const std::string& state_file);

  // Stops the cluster and removes its folder, if started here; else drops
  // the databases FreshDatabase made.
  ~PostgresCluster();
  PostgresCluster(const PostgresCluster&) = delete;
  PostgresCluster& operator=(const PostgresCluster&) = delete;

  // Records the folder and port for Attach and StopFromState; ownership
  // passes to whoever stops it from the file.
  Status WriteState(const std::string& state_file);

  // The libpq URI of `database` on this cluster.
  std::string Uri(const std::string& database) const;
  // A new database with a name of its own, migrated (from the template, no
  // rows but the schema's own) or, with migrated = false, without any of our
  // tables; returns its URI.
  Result<std::string> FreshDatabase(bool migrated = true);

  int port() const { return port_; }

 private:
  PostgresCluster(std::string folder, int port, bool owned) : folder_(std::move(folder)), port_(port), owned_(owned) {}

  std::string folder_;  // holds data/ and the server's log
  int port_ = 0;
  bool owned_ = false;                // stopped by the destructor
  std::vector<std::string> created_;  // by FreshDatabase
};

// The cluster of this test process: the one PLATEWISE_TEST_POSTGRES names,
// else one started on first use and stopped at exit. Fails the calling test
// (returns the Status) when neither works.
Result<PostgresCluster*> TestPostgres();

}  // namespace platewise::testing

#endif  // PLATEWISE_TESTS_TESTING_POSTGRES_CLUSTER_H_
