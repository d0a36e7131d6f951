// End-to-end: the administrator's CLI (`platewise users ...`, `platewise
// invites ...`) on the database a running `platewise serve` uses, and the
// sign-up policies (`serve --signup open|invite|closed`). Each change made
// by the CLI takes effect on the running server without a restart.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <thread>

#include "testing/api_user.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

using nlohmann::json;
using testing::HttpClient;

class AdminTest : public ::testing::Test {
 protected:
  void Serve(const std::vector<std::string>& extra = {}) {
    auto args = testing::ServeArgs(db_);
    args.insert(args.end(), extra.begin(), extra.end());
    server_ = std::make_unique<testing::ServerProcess>(PLATEWISE_BINARY, args);
    ASSERT_TRUE(server_->started()) << server_->output();
  }
  testing::CommandResult Cli(std::vector<std::string> args) {
    args.insert(args.end(), {"--db", db_});
    return testing::RunCommand(PLATEWISE_BINARY, args);
  }
  testing::HttpResult SignIn(const std::string& email, const std::string& password) {
    HttpClient c(server_->port());
    return c.Request("POST", "/api/v1/login", json{{"email", email}, {"password", password}}.dump());
  }
  testing::HttpResult SignUp(const json& body) {
    HttpClient c(server_->port());
    return c.Request("POST", "/api/v1/signup", body.dump());
  }
  // The account's session cookie works (GET /api/v1/account is 200) within
  // two seconds, or stops working, as `want` says: the server sees a change
  // of another process at its next stamp check (docs/architecture.md).
  bool SessionBecomes(const std::string& cookie, int want) {
    for (int i = 0; i < 40; ++i) {
      HttpClient c(server_->port());
      c.SetHeader("Cookie", cookie);
      if (c.Get("/api/v1/account").status == want) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }

  testing::TempDir dir_;
  std::string db_ = testing::SeededDatabase(PLATEWISE_BINARY, dir_);
  std::unique_ptr<testing::ServerProcess> server_;
};

TEST_F(AdminTest, AnAddedAccountSignsInWithTheGeneratedPasswordAndIsListed) {
  ASSERT_NO_FATAL_FAILURE(Serve());
  auto added = Cli({"users", "add", "Ann@Example.org", "--json"});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  json made = json::parse(added.out);
  EXPECT_EQ(made["email"], "ann@example.org");
  const std::string password = made["password"];
  EXPECT_EQ(password.size(), 20u);
  EXPECT_EQ(SignIn("ann@example.org", password).status, 200);
  // A password given on standard input, never on the command line.
  std::string piped = "printf '%s\\n' 'a passphrase of mine' | '";
  piped += PLATEWISE_BINARY;
  piped += "' users add bob@example.org --password-stdin --db '" + db_ + "'";
  auto bob = testing::RunCommand("/bin/sh", {"-c", piped});
  ASSERT_EQ(bob.exit_code, 0) << bob.err;
  EXPECT_EQ(bob.out.find("Password"), std::string::npos) << "a given password is not printed";
  EXPECT_EQ(SignIn("bob@example.org", "a passphrase of mine").status, 200);
  auto list = Cli({"users", "list", "--json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  json users = json::parse(list.out)["users"];
  ASSERT_EQ(users.size(), 2u);
  EXPECT_EQ(users[0]["email"], "ann@example.org");
  EXPECT_EQ(users[0]["disabled"], false);
  auto again = Cli({"users", "add", "ann@example.org"});
  EXPECT_NE(again.exit_code, 0);
  EXPECT_NE(again.err.find("exists"), std::string::npos) << again.err;
}

TEST_F(AdminTest, AResetPasswordEndsTheSessionsAndOnlyTheNewPasswordSignsIn) {
  ASSERT_NO_FATAL_FAILURE(Serve());
  testing::ApiUser ann(server_->port(), "ann@example.org");
  ASSERT_TRUE(ann.ok());
  auto reset = Cli({"users", "reset-password", "ann@example.org", "--json"});
  ASSERT_EQ(reset.exit_code, 0) << reset.err;
  const std::string password = json::parse(reset.out)["password"];
  EXPECT_EQ(SignIn("ann@example.org", testing::ApiUser::kPassword).status, 401);
  EXPECT_EQ(SignIn("ann@example.org", password).status, 200);
  EXPECT_EQ(ann.Call("GET", "/api/v1/account").status, 401) << "the old session ended";
  auto unknown = Cli({"users", "reset-password", "nobody@example.org"});
  EXPECT_NE(unknown.exit_code, 0);
  EXPECT_NE(unknown.err.find("no account has the email nobody@example.org"), std::string::npos) << unknown.err;
}

TEST_F(AdminTest, ADisabledAccountCannotSignInUntilEnabled) {
  ASSERT_NO_FATAL_FAILURE(Serve());
  auto in = [&] { return SignIn("ann@example.org", testing::ApiUser::kPassword); };
  testing::ApiUser ann(server_->port(), "ann@example.org");
  ASSERT_TRUE(ann.ok());
  auto first = in();
  ASSERT_EQ(first.status, 200);
  const std::string cookie = testing::SessionCookieOf(first);
  auto disabled = Cli({"users", "disable", "ann@example.org"});
  ASSERT_EQ(disabled.exit_code, 0) << disabled.err;
  EXPECT_TRUE(SessionBecomes(cookie, 401)) << "a session of a disabled account goes on working";
  auto refused = in();
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(refused.body.find("disabled"), std::string::npos) << refused.body;
  // A wrong password is not told that the account is disabled.
  EXPECT_EQ(SignIn("ann@example.org", "not the password at all").status, 401);
  EXPECT_NE(Cli({"users", "list"}).out.find("ann@example.org  (disabled)"), std::string::npos);
  ASSERT_EQ(Cli({"users", "enable", "ann@example.org"}).exit_code, 0);
  EXPECT_EQ(in().status, 200);
}

TEST_F(AdminTest, DeletingAnAccountNeedsYesAndThenRemovesIt) {
  ASSERT_NO_FATAL_FAILURE(Serve());
  testing::ApiUser ann(server_->port(), "ann@example.org");
  ASSERT_TRUE(ann.ok());
  ann.Must(201, "POST", "/api/v1/weights", {{"date", "2026-11-30"}, {"weight_kg", 70}});
  auto asked = Cli({"users", "delete", "ann@example.org"});
  EXPECT_EQ(asked.exit_code, 2) << asked.err;
  EXPECT_NE(asked.err.find("--yes"), std::string::npos) << asked.err;
  EXPECT_EQ(SignIn("ann@example.org", testing::ApiUser::kPassword).status, 200) << "nothing was deleted";
  auto deleted = Cli({"users", "delete", "ann@example.org", "--yes"});
  ASSERT_EQ(deleted.exit_code, 0) << deleted.err;
  EXPECT_EQ(SignIn("ann@example.org", testing::ApiUser::kPassword).status, 401);
  EXPECT_EQ(json::parse(Cli({"users", "list", "--json"}).out)["users"].size(), 0u);
}

TEST_F(AdminTest, ClosedSignUpIsRefusedAndSaysWhoMakesAccounts) {
  ASSERT_NO_FATAL_FAILURE(Serve({"--signup", "closed"}));
  HttpClient c(server_->port());
  EXPECT_EQ(json::parse(c.Get("/api/v1/signup-policy").body)["signup"], "closed");
  auto r = SignUp({{"email", "ann@example.org"}, {"password", "0123456789"}});
  EXPECT_EQ(r.status, 403);
  EXPECT_NE(r.body.find("administrator"), std::string::npos) << r.body;
  ASSERT_EQ(Cli({"users", "add", "ann@example.org"}).exit_code, 0) << "the administrator still can";
}

TEST_F(AdminTest, InviteSignUpTakesOneUseOfAValidCode) {
  ASSERT_NO_FATAL_FAILURE(Serve({"--signup", "invite"}));
  HttpClient c(server_->port());
  EXPECT_EQ(json::parse(c.Get("/api/v1/signup-policy").body)["signup"], "invite");
  auto created = Cli({"invites", "create", "--uses", "1", "--expires", "7d", "--json"});
  ASSERT_EQ(created.exit_code, 0) << created.err;
  const std::string code = json::parse(created.out)["code"];
  const json ann = {{"email", "ann@example.org"}, {"password", "0123456789"}};
  auto without = SignUp(ann);
  EXPECT_EQ(without.status, 403);
  EXPECT_NE(without.body.find("invite code"), std::string::npos) << without.body;
  json with_code = ann;
  with_code["invite"] = "K7QM-3XRT-9WJD-HC4P";  // well formed, never issued
  EXPECT_EQ(SignUp(with_code).status, 403);
  // The code as a person may type it: lower case, spaces for dashes.
  std::string typed;
  for (char ch : code) typed += ch == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  with_code["invite"] = typed;
  ASSERT_EQ(SignUp(with_code).status, 201);
  json bob = {{"email", "bob@example.org"}, {"password", "0123456789"}, {"invite", code}};
  auto used = SignUp(bob);
  EXPECT_EQ(used.status, 403) << "one use only";
  EXPECT_NE(used.body.find("used up"), std::string::npos) << used.body;
  json invites = json::parse(Cli({"invites", "list", "--json"}).out)["invites"];
  ASSERT_EQ(invites.size(), 1u);
  EXPECT_EQ(invites[0]["state"], "used up");
  EXPECT_EQ(invites[0]["uses_left"], 0);
}

TEST_F(AdminTest, ASignUpThatFailsGivesItsInviteUseBack) {
  ASSERT_NO_FATAL_FAILURE(Serve({"--signup", "invite"}));
  const std::string code = json::parse(Cli({"invites", "create", "--json"}).out)["code"];
  ASSERT_EQ(SignUp({{"email", "ann@example.org"}, {"password", "0123456789"}, {"invite", code}}).status, 201);
  const std::string second = json::parse(Cli({"invites", "create", "--json"}).out)["code"];
  // The email is taken: 409, and the code keeps its use for someone else.
  EXPECT_EQ(SignUp({{"email", "ann@example.org"}, {"password", "0123456789"}, {"invite", second}}).status, 409);
  EXPECT_EQ(SignUp({{"email", "bob@example.org"}, {"password", "0123456789"}, {"invite", second}}).status, 201);
}

TEST_F(AdminTest, BadAdministratorInputIsNamed) {
  auto uses = Cli({"invites", "create", "--uses", "0"});
  EXPECT_EQ(uses.exit_code, 2);
  EXPECT_NE(uses.err.find("--uses"), std::string::npos) << uses.err;
  auto expires = Cli({"invites", "create", "--expires", "7 days"});
  EXPECT_EQ(expires.exit_code, 2);
  EXPECT_NE(expires.err.find("--expires \"7 days\""), std::string::npos) << expires.err;
  auto policy = testing::RunCommand(PLATEWISE_BINARY, {"serve", "--signup", "invites", "--db", db_});
  EXPECT_EQ(policy.exit_code, 2);
  EXPECT_NE(policy.err.find("--signup \"invites\" must be open, invite or closed"), std::string::npos) << policy.err;
  auto email = Cli({"users", "add", "not-an-email"});
  EXPECT_NE(email.exit_code, 0);
  EXPECT_NE(email.err.find("not-an-email"), std::string::npos) << email.err;
}

}  // namespace
}  // namespace platewise
