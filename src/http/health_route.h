#ifndef PLATEWISE_HTTP_HEALTH_ROUTE_H_
#define PLATEWISE_HTTP_HEALTH_ROUTE_H_

// GET /healthz: does the database answer?
//   200 {"status":"ok","foods":8858}   a read of the store answered (the foods counted)
//   GET /healthz?write=1: and a write committed too: {"status":"ok","foods":8858,"write":"ok"}
//   503 unavailable, naming what failed ("the database refused a write: ...")
// when the read or the write fails: a read-only file, a full disk, a database
// server that is down. The write changes no data (below), so a monitor may
// run it as often as it likes.

#include "core/ports/store.h"
#include "http/router.h"

namespace platewise::http {

// `store` must outlive the router.
void AddHealthRoute(Router& router, Store& store);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_HEALTH_ROUTE_H_
