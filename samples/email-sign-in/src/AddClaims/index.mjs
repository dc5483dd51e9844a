// PreTokenGeneration trigger (event version 2): add the claim `email_domain` to the ID token and
// the access token, so that the front end and the APIs behind it can tell organisations apart
// without a lookup. Version 2 (which needs the Essentials or Plus feature plan) can change both
// tokens; it hands the event back with `response.claimsAndScopeOverrideDetails` filled in.
export const handler = async (event) => {
  const email = event.request.userAttributes?.email ?? "";
  const at = email.lastIndexOf("@");
  const domain = at >= 0 ? email.slice(at + 1).toLowerCase() : "";
  event.response = {
    claimsAndScopeOverrideDetails: {
      idTokenGeneration: { claimsToAddOrOverride: { email_domain: domain } },
      accessTokenGeneration: { claimsToAddOrOverride: { email_domain: domain } },
    },
  };
  return event;
};
