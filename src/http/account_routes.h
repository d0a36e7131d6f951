#ifndef PLATEWISE_HTTP_ACCOUNT_ROUTES_H_
#define PLATEWISE_HTTP_ACCOUNT_ROUTES_H_

// Accounts, sessions and API tokens (shapes in docs/api.md):
//   POST   /api/v1/signup            {email,password} -> 201 {"user":{"id","email"},"csrf_token"} + session cookie
//   POST   /api/v1/login             {email,password} -> 200 same; 401 wrong; 429 throttled (Retry-After);
//                                     503 when the throttle's counts cannot be read or written
//   POST   /api/v1/logout            -> 204, session ended, cookie cleared
//   GET    /api/v1/account           -> {"id","email"}
//   PUT    /api/v1/account/password  {current_password,new_password} -> 204; other sessions end
//   DELETE /api/v1/account           {password} -> 204; the user and every row they own are gone
//   GET    /api/v1/tokens            -> {"tokens":[{"id","name","created_at"}]}
//   POST   /api/v1/tokens            {name} -> 201 {"id","name","created_at","token"} (shown once)
//   DELETE /api/v1/tokens/{id}       -> 204

#include "auth/password_hasher.h"
#include "http/signup_policy.h"
#include "core/account/login_throttle.h"
#include "core/usecases/use_case_context.h"
#include "http/router.h"

namespace platewise::http {

struct AccountOptions {
  bool secure_cookies = false;  // add "Secure" to cookies (serving behind TLS)
  auth::HashCost hash_cost = auth::HashCost::kInteractive;
  LoginThrottlePolicy throttle;
  // Password hashes and checks that may run at once (auth/hashing_slots.h);
  // `serve` makes it one fewer than its threads, so one is always free.
  int hash_slots = 1;
  SignupPolicy signup = SignupPolicy::kOpen;  // serve --signup
};

// `ctx` must outlive the router. The routes read ctx.store.accounts alone
// (account deletion goes through the DeleteAccount use case), and the
// sign-in throttle keeps its counts in ctx.store.login_attempts.
void AddAccountRoutes(Router& router, UseCaseContext& ctx, const AccountOptions& options);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_ACCOUNT_ROUTES_H_
