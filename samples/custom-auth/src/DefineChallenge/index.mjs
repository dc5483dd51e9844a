// DefineAuthChallenge trigger: decides the next step of the custom flow from the session so far.
// One correct answer issues tokens; three wrong answers end the sign-in.
const MAX_ATTEMPTS = 3;

export const handler = async (event) => {
  const session = event.request.session ?? [];
  const last = session.at(-1);

  if (event.request.userNotFound) {
    event.response.issueTokens = false;
    event.response.failAuthentication = true;
  } else if (last?.challengeName === "CUSTOM_CHALLENGE" && last.challengeResult === true) {
    event.response.issueTokens = true;
    event.response.failAuthentication = false;
  } else if (session.length >= MAX_ATTEMPTS) {
    event.response.issueTokens = false;
    event.response.failAuthentication = true;
  } else {
    event.response.issueTokens = false;
    event.response.failAuthentication = false;
    event.response.challengeName = "CUSTOM_CHALLENGE";
  }
  return event;
};
