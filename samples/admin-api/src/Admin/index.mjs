// Admin function: lists the users of the pool. The dashed wires give it USER_POOL_ID and
// USER_POOL (the ARN) with the cognito-idp:ListUsers / Admin* permissions on the pool, and
// USER_POOL_CLIENT_ID, the app client's ID, which a front end needs to sign users in.
import { CognitoIdentityProviderClient, ListUsersCommand } from "@aws-sdk/client-cognito-identity-provider";

const cognito = new CognitoIdentityProviderClient({});
const userPoolId = process.env.USER_POOL_ID; // supplied by the dashed wire Admin -> Users
const clientId = process.env.USER_POOL_CLIENT_ID; // supplied by the dashed wire Admin -> WebClient

export const handler = async () => {
  const users = [];
  let paginationToken;
  do {
    const page = await cognito.send(new ListUsersCommand({
      UserPoolId: userPoolId,
      Limit: 60,
      PaginationToken: paginationToken,
    }));
    for (const user of page.Users ?? []) {
      users.push({
        username: user.Username,
        status: user.UserStatus,
        enabled: user.Enabled,
        email: user.Attributes?.find((a) => a.Name === "email")?.Value,
        created: user.UserCreateDate?.toISOString(),
      });
    }
    paginationToken = page.PaginationToken;
  } while (paginationToken);

  return { userPoolId, clientId, count: users.length, users };
};
