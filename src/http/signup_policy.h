#ifndef PLATEWISE_HTTP_SIGNUP_POLICY_H_
#define PLATEWISE_HTTP_SIGNUP_POLICY_H_

// Who may make an account on this server (serve --signup): anyone (open,
// the default), whoever has an invite code from the administrator (invite:
// `platewise invites create`), or no one (closed: the administrator makes
// accounts with `platewise users add`).

#include <string>
#include <string_view>

#include "core/status.h"

namespace platewise::http {

enum class SignupPolicy { kOpen, kInvite, kClosed };

// "open", "invite" or "closed"; InvalidArgument naming the flag otherwise.
Result<SignupPolicy> ParseSignupPolicy(std::string_view text);
std::string SignupPolicyName(SignupPolicy policy);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_SIGNUP_POLICY_H_
