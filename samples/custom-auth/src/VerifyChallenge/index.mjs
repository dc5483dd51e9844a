// VerifyAuthChallengeResponse trigger: the answer is correct when it equals the code that
// CreateChallenge put in privateChallengeParameters.
import { timingSafeEqual } from "node:crypto";

export const handler = async (event) => {
  const expected = Buffer.from(event.request.privateChallengeParameters.answer ?? "");
  const given = Buffer.from(String(event.request.challengeAnswer ?? "").trim());
  event.response.answerCorrect = expected.length > 0
    && expected.length === given.length
    && timingSafeEqual(expected, given);
  return event;
};
