// PreTokenGeneration trigger (event version 1): add the claim `email_domain` to the ID token,
// so that the front end and the APIs behind it can tell organisations apart without a lookup.
// Version 1 can add, override or suppress ID token claims; it hands the event back with
// `response.claimsOverrideDetails` filled in.
export const handler = async (event) => {
  const email = event.request.userAttributes?.email ?? "";
  const at = email.lastIndexOf("@");
  const domain = at >= 0 ? email.slice(at + 1).toLowerCase() : "";
  event.response = {
    claimsOverrideDetails: {
      claimsToAddOrOverride: { email_domain: domain },
    },
  };
  return event;
};
