// The administrator's commands for accounts (a self-hosted server has no
// e-mail to send reset links or confirmations):
//   platewise users list [--json]
//   platewise users add EMAIL [--password-stdin] [--json]
//   platewise users reset-password EMAIL [--json]
//   platewise users disable EMAIL | users enable EMAIL
//   platewise users delete EMAIL --yes
// They act on the database of --db (the one `serve` uses, which sees each
// change on its next request). Generated passwords are printed once; a
// password given is read from standard input, never from the command line
// (where other users of the machine could read it in the process list).

#include <iostream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "auth/account_admin.h"
#include "cli/commands.h"
#include "core/usecases/account_data.h"

namespace platewise::cli {
namespace {

Result<std::string> OneEmail(AppContext& ctx, const std::string& command) {
  const auto& pos = ctx.args().positionals();
  if (pos.size() != 1) return Status::InvalidArgument(command + " takes one EMAIL");
  return pos[0];
}

Result<AccountRepository*> Accounts(AppContext& ctx) {
  auto store = ctx.OpenStore();
  if (!store.ok()) return store.status();
  return (*store)->accounts.get();
}

}  // namespace

Status RunUsersList(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("users list", {"json"}));
  if (!ctx.args().positionals().empty()) return Status::InvalidArgument("users list takes no words");
  auto accounts = Accounts(ctx);
  if (!accounts.ok()) return accounts.status();
  auto users = (*accounts)->ListUsers();
  if (!users.ok()) return users.status();
  if (ctx.args().Has("json")) {
    nlohmann::json list = nlohmann::json::array();
    for (const StoredUser& u : *users) list.push_back({{"id", u.id}, {"email", u.email}, {"disabled", u.disabled}});
    ctx.out() << nlohmann::json{{"users", list}}.dump(2) << "\n";
    return Status::Ok();
  }
  if (users->empty()) ctx.out() << "No accounts yet: 'platewise users add EMAIL' makes one.\n";
  for (const StoredUser& u : *users) {
    ctx.out() << u.id << "  " << u.email << (u.disabled ? "  (disabled)" : "") << "\n";
  }
  return Status::Ok();
}

Status RunUsersAdd(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("users add", {"password-stdin", "json"}));
  auto email = OneEmail(ctx, "users add");
  if (!email.ok()) return email.status();
  std::optional<std::string> password;
  if (ctx.args().Has("password-stdin")) {
    std::string line;
    if (!std::getline(std::cin, line)) return Status::InvalidArgument("--password-stdin: no line on standard input");
    if (!line.empty() && line.back() == '\r') line.pop_back();
    password = line;
  }
  auto accounts = Accounts(ctx);
  if (!accounts.ok()) return accounts.status();
  auto made = auth::AddAccount(**accounts, *email, password);
  if (!made.ok()) return made.status();
  if (ctx.args().Has("json")) {
    nlohmann::json out = {{"id", made->user.id}, {"email", made->user.email}};
    if (!made->password.empty()) out["password"] = made->password;
    ctx.out() << out.dump(2) << "\n";
    return Status::Ok();
  }
  ctx.out() << "Made account " << made->user.id << " for " << made->user.email << ".\n";
  if (!made->password.empty()) {
    ctx.out() << "Password (shown once; ask them to change it in Settings): " << made->password << "\n";
  }
  return Status::Ok();
}

Status RunUsersResetPassword(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("users reset-password", {"json"}));
  auto email = OneEmail(ctx, "users reset-password");
  if (!email.ok()) return email.status();
  auto accounts = Accounts(ctx);
  if (!accounts.ok()) return accounts.status();
  auto password = auth::ResetPassword(**accounts, *email);
  if (!password.ok()) return password.status();
  if (ctx.args().Has("json")) {
    ctx.out() << nlohmann::json{{"password", *password}}.dump(2) << "\n";
    return Status::Ok();
  }
  ctx.out() << "New password (shown once): " << *password << "\n"
            << "Every session and API token of the account has ended.\n";
  return Status::Ok();
}

namespace {

Status SetDisabled(AppContext& ctx, const std::string& command, bool disabled) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed(command, {}));
  auto email = OneEmail(ctx, command);
  if (!email.ok()) return email.status();
  auto accounts = Accounts(ctx);
  if (!accounts.ok()) return accounts.status();
  PW_RETURN_IF_ERROR(auth::SetAccountDisabled(**accounts, *email, disabled));
  ctx.out() << (disabled ? "Disabled " : "Enabled ") << *email
            << (disabled ? ": it cannot sign in, and its sessions have ended.\n" : ": it can sign in again.\n");
  return Status::Ok();
}

}  // namespace

Status RunUsersDisable(AppContext& ctx) { return SetDisabled(ctx, "users disable", true); }
Status RunUsersEnable(AppContext& ctx) { return SetDisabled(ctx, "users enable", false); }

Status RunUsersDelete(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("users delete", {"yes"}));
  auto email = OneEmail(ctx, "users delete");
  if (!email.ok()) return email.status();
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto user = auth::AccountByEmail(*(*uc)->store.accounts, *email);
  if (!user.ok()) return user.status();
  // Nothing can bring the account back: the command says so and asks for
  // --yes rather than deleting on a mistyped line.
  if (!ctx.args().Has("yes")) {
    return Status::InvalidArgument("users delete removes " + user->email +
                                   " and everything the account owns (diary, foods, weights, settings) for good; "
                                   "add --yes to do it");
  }
  PW_RETURN_IF_ERROR(DeleteAccount(**uc, user->id));
  ctx.out() << "Deleted " << user->email << " and everything it owned.\n";
  return Status::Ok();
}

}  // namespace platewise::cli
