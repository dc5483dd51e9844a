// PostConfirmation trigger: adds the confirmed user to the group `members`.
//
// This function is a trigger of the pool it uses, so stackgen cannot give it USER_POOL_ID or
// USER_POOL_CLIENT_ID (the pool would depend on the function and the function on the pool).
// Both come with the event instead. The IAM permission (cognito-idp:Admin* on the pool) is still
// granted, through the separate policy UsersToConfirmPolicy.
// The group `members` is the stack's UserPoolGroup `Members`.
import { AdminAddUserToGroupCommand, CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";

const cognito = new CognitoIdentityProviderClient({});
const GROUP = "members";

export const handler = async (event) => {
  // A password reset confirms again; only a new sign-up joins the group.
  if (event.triggerSource !== "PostConfirmation_ConfirmSignUp") return event;

  const userPoolId = event.userPoolId; // instead of process.env.USER_POOL_ID
  const clientId = event.callerContext?.clientId; // instead of process.env.USER_POOL_CLIENT_ID
  await cognito.send(new AdminAddUserToGroupCommand({
    UserPoolId: userPoolId,
    Username: event.userName,
    GroupName: GROUP,
  }));
  console.log(`added ${event.userName} to ${GROUP} (pool ${userPoolId}, client ${clientId})`);
  return event;
};
