#include "http/signup_policy.h"

namespace platewise::http {

Result<SignupPolicy> ParseSignupPolicy(std::string_view text) {
  if (text == "open") return SignupPolicy::kOpen;
  if (text == "invite") return SignupPolicy::kInvite;
  if (text == "closed") return SignupPolicy::kClosed;
  return Status::InvalidArgument("--signup \"" + std::string(text) + "\" must be open, invite or closed");
}

std::string SignupPolicyName(SignupPolicy policy) {
  switch (policy) {
    case SignupPolicy::kOpen: return "open";
    case SignupPolicy::kInvite: return "invite";
    case SignupPolicy::kClosed: return "closed";
  }
  return "open";
}

}  // namespace platewise::http
