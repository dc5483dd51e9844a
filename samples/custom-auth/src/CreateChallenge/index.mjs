// CreateAuthChallenge trigger: makes a random 6-digit code. The code stays server-side in
// privateChallengeParameters; only a hint goes to the client in publicChallengeParameters.
import { randomInt } from "node:crypto";

export const handler = async (event) => {
  const session = event.request.session ?? [];
  // Keep the same code across retries of one sign-in; make a new one on the first attempt.
  const previous = session.findLast((c) => c.challengeName === "CUSTOM_CHALLENGE")?.challengeMetadata;
  const code = previous?.startsWith("CODE-")
    ? previous.slice("CODE-".length)
    : String(randomInt(0, 1_000_000)).padStart(6, "0");

  // TODO deliver the code to the user (SES email, SNS text...); here it is only logged.
  console.log(`one-time code for ${event.userName}: ${code}`);

  event.response.publicChallengeParameters = { email: event.request.userAttributes.email ?? "" };
  event.response.privateChallengeParameters = { answer: code };
  event.response.challengeMetadata = `CODE-${code}`;
  return event;
};
