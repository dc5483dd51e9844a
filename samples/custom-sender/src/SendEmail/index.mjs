// CustomEmailSender trigger: Cognito hands this function every email the pool would send, with
// the code or temporary password encrypted (AWS Encryption SDK) under the pool's sender key,
// whose ARN stackgen puts in SENDER_KEY_ARN. The function decrypts the code and delivers it.
import { buildClient, CommitmentPolicy, KmsKeyringNode } from "@aws-crypto/client-node";

// Cognito encrypts with key commitment; this client decrypts such messages
const { decrypt } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_ALLOW_DECRYPT);
// a keyring that decrypts with this key alone (the role may kms:Decrypt with no other)
const keyring = new KmsKeyringNode({ keyIds: [process.env.SENDER_KEY_ARN] });

const SUBJECTS = {
  CustomEmailSender_SignUp: "Confirm your email address",
  CustomEmailSender_ResendCode: "Your confirmation code",
  CustomEmailSender_ForgotPassword: "Reset your password",
  CustomEmailSender_UpdateUserAttribute: "Confirm your new email address",
  CustomEmailSender_VerifyUserAttribute: "Confirm your email address",
  CustomEmailSender_AdminCreateUser: "Your temporary password",
  CustomEmailSender_AccountTakeOverNotification: "Unusual sign-in to your account",
};

export const handler = async (event) => {
  const { triggerSource, request } = event;
  const to = request.userAttributes?.email;
  if (!to) return;
  // the account takeover notification carries no code
  const code = request.code ? await decryptCode(request.code) : null;
  await deliver({
    to,
    subject: SUBJECTS[triggerSource] ?? "A message about your account",
    body: code ? `Your code is ${code}` : "We noticed a sign-in to your account.",
  });
};

async function decryptCode(ciphertext) {
  const { plaintext } = await decrypt(keyring, Buffer.from(ciphertext, "base64"));
  return plaintext.toString("utf8");
}

// Replace with your email provider's API call. Never log the body: it holds the code.
async function deliver({ to, subject }) {
  console.log(JSON.stringify({ delivered: subject, to: to.replace(/^(.).*@/, "$1…@") }));
}
