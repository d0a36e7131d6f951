#include "http/account_routes.h"

#include <algorithm>
#include <memory>

#include "auth/account_admin.h"
#include "auth/hashing_slots.h"
#include "auth/secret_token.h"
#include "core/account/account_rules.h"
#include "http/authenticator.h"
#include "core/usecases/account_data.h"
#include "http/error_response.h"
#include "http/request_params.h"
#include "http/request_user.h"
#include "http/same_origin.h"
#include "json/request_fields.h"

namespace platewise::http {
namespace {

struct Credentials {
  std::string email;     // normalised (NormalizeEmail)
  std::string password;
  std::string as_typed;  // the email as the request gave it
  std::string invite;    // sign-up only: the invite code, "" when none was sent
};

// For sign-up and sign-in: from this site's pages or from API clients only.
// Sign-up may also carry an invite code.
Result<Credentials> ReadCredentials(const Request& req, bool for_signup) {
  PW_RETURN_IF_ERROR(RequireSameOrigin(req));
  auto body = ParseJsonObject(req.body);
  if (!body.ok()) return body.status();
  if (for_signup) {
    PW_RETURN_IF_ERROR(CheckOnlyFields(*body, {"email", "password", "invite"}));
  } else {
    PW_RETURN_IF_ERROR(CheckOnlyFields(*body, {"email", "password"}));
  }
  auto email = RequiredString(*body, "email");
  if (!email.ok()) return email.status();
  auto password = RequiredString(*body, "password", kMaxPasswordLength);
  if (!password.ok()) return password.status();
  auto normalized = NormalizeEmail(*email);
  if (!normalized.ok()) return normalized.status();
  Credentials creds{*normalized, *password, *email, ""};
  if (for_signup) {
    auto invite = OptionalString(*body, "invite", 64);
    if (!invite.ok()) return invite.status();
    creds.invite = invite->value_or("");
  }
  return creds;
}

// Under the policy "invite", takes one use of the request's invite code
// (auth::InviteCodeHash); its id, to give the use back if the sign-up
// fails. Forbidden, saying why, when the code is missing or not valid.
// nullopt under the other policies.
Result<std::optional<std::int64_t>> TakeInvite(const AccountOptions& options, AccountRepository& accounts,
                                               const Credentials& creds, std::int64_t now) {
  if (options.signup != SignupPolicy::kInvite) return std::optional<std::int64_t>();
  if (creds.invite.empty()) {
    return Status::Forbidden("sign-up on this server needs an invite code from its administrator");
  }
  auto hash = auth::InviteCodeHash(creds.invite);
  if (!hash.ok()) return Status::Unprocessable("invite", hash.status().message());
  auto id = accounts.RedeemInvite(*hash, now);
  if (id.status().code() == StatusCode::kNotFound) {
    return Status::Forbidden("the invite code is not valid: unknown, used up or expired");
  }
  if (!id.ok()) return id.status();
  return std::optional<std::int64_t>(*id);
}

// The account that signs in with these credentials: the one under the
// normalised email, else one stored before emails were normalised in
// Unicode (EmailAsStoredBeforeUnicodeRules), which opens only with the
// address spelled as it was then.
Result<StoredUser> FindAccountToSignIn(AccountRepository& accounts, const Credentials& creds) {
  auto user = accounts.FindUserByEmail(creds.email);
  if (user.ok() || user.status().code() != StatusCode::kNotFound) return user;
  std::string before = EmailAsStoredBeforeUnicodeRules(creds.as_typed);
  if (before == creds.email) return user;
  return accounts.FindUserByEmail(before);
}

// Whether the cookies of an answer to `req` are Secure: always with
// --secure-cookies, else when a trusted proxy says the client came over
// HTTPS (Request::https; the header from anyone else changes nothing).
bool SecureCookies(const AccountOptions& options, const Request& req) { return options.secure_cookies || req.https; }

// Starts a session for `user`: the response carries the cookie and the CSRF token.
Response StartSession(AccountRepository& accounts, Clock& clock, const AccountOptions& options, const Request& req,
                      const StoredUser& user, int http_status) {
  std::string token = auth::NewSecretToken();
  std::string csrf = auth::NewSecretToken();
  Status s = accounts.CreateSession(user.id, auth::HashSecretToken(token), csrf,
                                 clock.NowSeconds() + kSessionLifetimeSeconds);
  if (!s.ok()) return ErrorResponse(s);
  Response r = JsonResponse(http_status, {{"user", {{"id", user.id}, {"email", user.email}}}, {"csrf_token", csrf}});
  r.headers.emplace_back("Set-Cookie", SessionCookie(token, SecureCookies(options, req)));
  return r;
}

// The signed-in user's account, after checking `password` (`what` names it
// in the refusal's words: "current password").
// Throttled as sign-in is: a stolen session must not become a way to guess
// the password (and then change it, or delete the account). When the
// throttle's store fails, Unavailable: no attempt goes uncounted.
Result<StoredUser> CheckPassword(UseCaseContext& ctx, LoginThrottle& throttle, const Request& req, UserId user,
                                 const std::string& password, const std::string& what) {
  auto stored = ctx.store.accounts->GetUser(user);
  if (!stored.ok()) return stored.status();
  const std::int64_t now = ctx.clock.NowSeconds();
  PW_RETURN_IF_ERROR(throttle.Admit(stored->email, req.client_address, now));
  if (!auth::VerifyPassword(password, stored->password_hash)) {
    PW_RETURN_IF_ERROR(throttle.RecordFailure(stored->email, req.client_address, now));
    return Status::Forbidden("the " + what + " is wrong");
  }
  PW_RETURN_IF_ERROR(throttle.RecordSuccess(stored->email, req.client_address, now));
  return stored;
}

// What a request that would hash or check a password answers when every
// hashing slot is taken (auth/hashing_slots.h).
Status HashingBusy() {
  return Status::Busy("the server is busy checking passwords; try again in a second", 1);
}

}  // namespace

void AddAccountRoutes(Router& router, UseCaseContext& ctx, const AccountOptions& options) {
  // Its counts are in the store, shared with every server on it.
  auto throttle = std::make_shared<LoginThrottle>(*ctx.store.login_attempts, options.throttle);
  auto slots = std::make_shared<auth::HashingSlots>(std::max(1, options.hash_slots));

  router.Add("GET", "/api/v1/signup-policy", [options](const Request&) {
    return JsonResponse(200, {{"signup", SignupPolicyName(options.signup)}});
  });

  router.Add("POST", "/api/v1/signup", [&ctx, options, throttle, slots](const Request& req) {
    // Closed: said before anything is read, so nothing about accounts leaks.
    if (options.signup == SignupPolicy::kClosed) {
      return ErrorResponse(
          Status::Forbidden("sign-up is closed on this server: its administrator makes accounts"));
    }
    auto creds = ReadCredentials(req, true);
    if (!creds.ok()) return ErrorResponse(creds.status());
    Status strong = CheckNewPassword(creds->password);
    if (!strong.ok()) return ErrorResponse(strong);
    // The password is hashed last, once the request is admitted and the
    // email is free: a hash costs the server far more than either check. The
    // slot comes first, so a sign-up refused as busy does not count against
    // the client's sign-ups.
    auto slot = slots->TryTake();
    if (!slot) return ErrorResponse(HashingBusy());
    const std::int64_t now = ctx.clock.NowSeconds();
    Status admitted = throttle->AdmitSignup(req.client_address, now);
    if (!admitted.ok()) return ErrorResponse(admitted);
    // The invite before the email check: without one, nobody learns which
    // emails have accounts. A use taken is given back if the sign-up fails.
    auto invite = TakeInvite(options, *ctx.store.accounts, *creds, now);
    if (!invite.ok()) return ErrorResponse(invite.status());
    auto refuse = [&](const Status& why) {
      // A use that cannot be given back (the store failing) stays spent:
      // one sign-up fewer, never one more.
      if (*invite) (void)ctx.store.accounts->ReturnInvite(**invite);
      return ErrorResponse(why);
    };
    auto taken = ctx.store.accounts->FindUserByEmail(creds->email);
    if (taken.ok()) return refuse(Status::Conflict("an account with email " + creds->email + " exists"));
    if (taken.status().code() != StatusCode::kNotFound) return refuse(taken.status());
    // The same making of an account as `platewise users add`.
    auto made = auth::AddAccount(*ctx.store.accounts, creds->email, creds->password, options.hash_cost);
    if (!made.ok()) return refuse(made.status());
    return StartSession(*ctx.store.accounts, ctx.clock, options, req, made->user, 201);
  });

  router.Add("POST", "/api/v1/login", [&ctx, options, throttle, slots](const Request& req) {
    auto creds = ReadCredentials(req, false);
    if (!creds.ok()) return ErrorResponse(creds.status());
    auto slot = slots->TryTake();  // before the throttle counts the attempt
    if (!slot) return ErrorResponse(HashingBusy());
    std::int64_t now = ctx.clock.NowSeconds();
    Status allowed = throttle->Admit(creds->email, req.client_address, now);
    if (!allowed.ok()) return ErrorResponse(allowed);
    auto user = FindAccountToSignIn(*ctx.store.accounts, *creds);
    bool good = false;
    if (user.ok()) {
      good = auth::VerifyPassword(creds->password, user->password_hash);
    } else if (user.status().code() == StatusCode::kNotFound) {
      auth::VerifyDummyPassword(creds->password, options.hash_cost);  // same time as a wrong password
    } else {
      return ErrorResponse(user.status());
    }
    // A failure that could not be counted is refused as unavailable (503),
    // so a guess is never answered without being counted.
    if (!good) {
      Status counted = throttle->RecordFailure(creds->email, req.client_address, now);
      if (!counted.ok()) return ErrorResponse(counted);
      return ErrorResponse(Status::Unauthenticated("wrong email or password"));
    }
    Status recorded = throttle->RecordSuccess(creds->email, req.client_address, now);
    if (!recorded.ok()) return ErrorResponse(recorded);
    // Said only to whoever knows the password.
    if (user->disabled) {
      return ErrorResponse(Status::Forbidden("this account is disabled; ask the server's administrator"));
    }
    return StartSession(*ctx.store.accounts, ctx.clock, options, req, *user, 200);
  });

  router.Add("POST", "/api/v1/logout", [&ctx, options](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    if (req.auth.via == RequestAuth::Via::kSession) {
      Status s = ctx.store.accounts->DeleteSession(req.auth.session_token_hash);
      if (!s.ok()) return ErrorResponse(s);
    }
    Response r = NoContent();
    r.headers.emplace_back("Set-Cookie", ClearedSessionCookie(SecureCookies(options, req)));
    return r;
  });

  router.Add("GET", "/api/v1/account", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto stored = ctx.store.accounts->GetUser(*user);
    if (!stored.ok()) return ErrorResponse(stored.status());
    nlohmann::json body = {{"id", stored->id}, {"email", stored->email}};
    // A page reloaded with its session cookie learns the CSRF token here (reads
    // are same-origin only: no CORS), so the web app need not keep it anywhere.
    if (req.auth.via == RequestAuth::Via::kSession) body["csrf_token"] = req.auth.csrf_token;
    return JsonResponse(200, body);
  });

  router.Add("PUT", "/api/v1/account/password", [&ctx, options, throttle, slots](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = JsonBody(req, {"current_password", "new_password", "keep_api_tokens"});
    if (!body.ok()) return ErrorResponse(body.status());
    auto current = RequiredString(*body, "current_password", kMaxPasswordLength);
    if (!current.ok()) return ErrorResponse(current.status());
    auto next = RequiredString(*body, "new_password", kMaxPasswordLength);
    if (!next.ok()) return ErrorResponse(next.status());
    Status strong = CheckNewPassword(*next, "new_password");
    if (!strong.ok()) return ErrorResponse(strong);
    auto keep_tokens = body->value("keep_api_tokens", nlohmann::json(false));
    if (!keep_tokens.is_boolean()) {
      return ErrorResponse(Status::Unprocessable("keep_api_tokens", "keep_api_tokens must be true or false"));
    }
    auto slot = slots->TryTake();  // held for the check and the new hash
    if (!slot) return ErrorResponse(HashingBusy());
    auto stored = CheckPassword(ctx, *throttle, req, *user, *current, "current password");
    if (!stored.ok()) return ErrorResponse(stored.status());
    auto hash = auth::HashPassword(*next, options.hash_cost);
    if (!hash.ok()) return ErrorResponse(hash.status());
    // Tokens first: if ending them fails, nothing else changed and the
    // request can be sent again with the same current password.
    Status s = keep_tokens.get<bool>() ? Status::Ok() : auth::EndApiTokens(*ctx.store.accounts, *user);
    if (s.ok()) s = ctx.store.accounts->SetPasswordHash(*user, *hash);
    if (s.ok()) s = ctx.store.accounts->DeleteOtherSessions(*user, req.auth.session_token_hash);
    return s.ok() ? NoContent() : ErrorResponse(s);
  });

  router.Add("DELETE", "/api/v1/account", [&ctx, options, throttle, slots](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = JsonBody(req, {"password"});
    if (!body.ok()) return ErrorResponse(body.status());
    auto password = RequiredString(*body, "password", kMaxPasswordLength);
    if (!password.ok()) return ErrorResponse(password.status());
    auto slot = slots->TryTake();
    if (!slot) return ErrorResponse(HashingBusy());
    auto stored = CheckPassword(ctx, *throttle, req, *user, *password, "password");
    if (!stored.ok()) return ErrorResponse(stored.status());
    Status s = DeleteAccount(ctx, *user);
    if (!s.ok()) return ErrorResponse(s);
    Response r = NoContent();
    r.headers.emplace_back("Set-Cookie", ClearedSessionCookie(SecureCookies(options, req)));
    return r;
  });

  router.Add("GET", "/api/v1/tokens", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto tokens = ctx.store.accounts->ListApiTokens(*user);
    if (!tokens.ok()) return ErrorResponse(tokens.status());
    nlohmann::json list = nlohmann::json::array();
    for (const auto& t : *tokens) list.push_back({{"id", t.id}, {"name", t.name}, {"created_at", t.created_at}});
    return JsonResponse(200, {{"tokens", std::move(list)}});
  });

  router.Add("POST", "/api/v1/tokens", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = JsonBody(req, {"name"});
    if (!body.ok()) return ErrorResponse(body.status());
    auto name = RequiredString(*body, "name", 100);
    if (!name.ok()) return ErrorResponse(name.status());
    if (name->empty()) return ErrorResponse(Status::Unprocessable("name", "name must be 1-100 characters"));
    std::string token = auth::NewSecretToken();
    std::int64_t now = ctx.clock.NowSeconds();
    auto id = ctx.store.accounts->CreateApiToken(*user, *name, auth::HashSecretToken(token), now);
    if (!id.ok()) return ErrorResponse(id.status());
    Response r = JsonResponse(201, {{"id", *id}, {"name", *name}, {"created_at", now}, {"token", token}});
      return r;
  });

  router.Add("DELETE", "/api/v1/tokens/{id}", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto id = IdParam(req, "id", "API token");
    if (!id.ok()) return ErrorResponse(id.status());
    Status s = ctx.store.accounts->DeleteApiToken(*user, *id);
    return s.ok() ? NoContent() : ErrorResponse(s);
  });
}

}  // namespace platewise::http
