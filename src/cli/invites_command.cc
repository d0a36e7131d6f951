// Invite codes for sign-up under `serve --signup invite`:
//   platewise invites create [--uses N] [--expires 7d] [--json]
//   platewise invites list [--json]
// A code is printed once (only its hash is stored); a person types it in
// the web app's sign-up form, or an API client sends it as "invite".

#include <charconv>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "auth/account_admin.h"
#include "cli/commands.h"
#include "core/utc_time.h"

namespace platewise::cli {
namespace {

// "7d", "12h", "30m", "2w" -> seconds. InvalidArgument naming the flag.
Result<std::int64_t> ParseDuration(const std::string& text) {
  auto bad = [&] {
    return Status::InvalidArgument("--expires \"" + text + "\" must be a whole number and a unit: 30m, 12h, 7d or 2w");
  };
  if (text.size() < 2) return bad();
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size() - 1, n);
  if (ec != std::errc() || end != text.data() + text.size() - 1 || n <= 0 || n > 100000) return bad();
  switch (text.back()) {
    case 'm': return n * 60;
    case 'h': return n * 3600;
    case 'd': return n * 86400;
    case 'w': return n * 7 * 86400;
    default: return bad();
  }
}

std::string UtcTime(std::int64_t seconds) { return UtcTimestamp(seconds * 1000, false); }

}  // namespace

Status RunInvitesCreate(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("invites create", {"uses", "expires", "json"}));
  if (!ctx.args().positionals().empty()) return Status::InvalidArgument("invites create takes no words");
  auto uses = ctx.args().GetInt("uses", 1, 1, 10000);
  if (!uses.ok()) return uses.status();
  const std::int64_t now = ctx.clock().NowSeconds();
  std::int64_t expires_at = 0;
  if (auto expires = ctx.args().Get("expires")) {
    auto seconds = ParseDuration(*expires);
    if (!seconds.ok()) return seconds.status();
    expires_at = now + *seconds;
  }
  auto store = ctx.OpenStore();
  if (!store.ok()) return store.status();
  auto code = auth::CreateInvite(*(*store)->accounts, *uses, expires_at, now);
  if (!code.ok()) return code.status();
  if (ctx.args().Has("json")) {
    nlohmann::json out = {{"code", *code}, {"uses", *uses}, {"expires_at", nullptr}};
    if (expires_at != 0) out["expires_at"] = UtcTime(expires_at);
    ctx.out() << out.dump(2) << "\n";
    return Status::Ok();
  }
  ctx.out() << "Invite code (shown once): " << *code << "\n"
            << "Good for " << *uses << (*uses == 1 ? " sign-up" : " sign-ups")
            << (expires_at != 0 ? ", until " + UtcTime(expires_at) : std::string(", with no end date")) << ".\n";
  return Status::Ok();
}

Status RunInvitesList(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("invites list", {"json"}));
  if (!ctx.args().positionals().empty()) return Status::InvalidArgument("invites list takes no words");
  auto store = ctx.OpenStore();
  if (!store.ok()) return store.status();
  auto invites = (*store)->accounts->ListInvites();
  if (!invites.ok()) return invites.status();
  const std::int64_t now = ctx.clock().NowSeconds();
  auto state = [now](const InviteRecord& r) {
    if (r.uses_left == 0) return "used up";
    if (r.expires_at != 0 && r.expires_at <= now) return "expired";
    return "open";
  };
  if (ctx.args().Has("json")) {
    nlohmann::json list = nlohmann::json::array();
    for (const InviteRecord& r : *invites) {
      list.push_back({{"id", r.id},
                      {"uses_left", r.uses_left},
                      {"created_at", UtcTime(r.created_at)},
                      {"expires_at", r.expires_at ? nlohmann::json(UtcTime(r.expires_at)) : nlohmann::json(nullptr)},
                      {"state", state(r)}});
    }
    ctx.out() << nlohmann::json{{"invites", list}}.dump(2) << "\n";
    return Status::Ok();
  }
  if (invites->empty()) ctx.out() << "No invites yet: 'platewise invites create' makes one.\n";
  for (const InviteRecord& r : *invites) {
    ctx.out() << r.id << "  " << state(r) << "  " << r.uses_left << " left  made " << UtcTime(r.created_at)
              << (r.expires_at ? "  until " + UtcTime(r.expires_at) : std::string()) << "\n";
  }
  return Status::Ok();
}

}  // namespace platewise::cli
