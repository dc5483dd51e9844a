// CloudFront viewer-request handler (Lambda@Edge): lets a request through only when it carries
// a bearer token. Attach the function's published version (the ViewerAuthVersionArn output) to a
// cache behavior as a viewer-request association.
//
// Lambda@Edge has no environment variables. stackgen stores what the dashed wires give this
// function (USER_POOL_ID, USER_POOL, USER_POOL_CLIENT_ID) as one JSON object in the SSM
// parameter /stackgen/<function name>/environment in us-east-1, which only this function may read.
import { GetParameterCommand, SSMClient } from "@aws-sdk/client-ssm";

// The parameter lives in us-east-1, wherever the replica of this function runs.
const ssm = new SSMClient({ region: "us-east-1" });

let environment; // a promise, so the parameter is read once per container

function loadEnvironment(functionName) {
  // Replicas are named "us-east-1.<function name>"; the parameter uses the plain name.
  const name = functionName.replace(/^us-east-1\./, "");
  environment ??= ssm
    .send(new GetParameterCommand({ Name: `/stackgen/${name}/environment` }))
    .then((result) => JSON.parse(result.Parameter.Value))
    .catch((err) => {
      environment = undefined; // try again on the next request
      throw err;
    });
  return environment;
}

const unauthorized = {
  status: "401",
  statusDescription: "Unauthorized",
  headers: {
    "www-authenticate": [{ key: "WWW-Authenticate", value: "Bearer" }],
    "content-type": [{ key: "Content-Type", value: "text/plain" }],
    "cache-control": [{ key: "Cache-Control", value: "no-store" }],
  },
  body: "Unauthorized",
};

// TODO verify the token before trusting it: signature, expiry, issuer, client and token use.
// The `aws-jwt-verify` package does this (bundle it with the function), for example:
//   const verifier = CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: "access" });
//   try { await verifier.verify(token); return true; } catch { return false; }
// Until then any bearer token is let through: do not rely on this check as it is.
async function isValid(token, { userPoolId, clientId }) {
  return Boolean(token && userPoolId && clientId);
}

export const handler = async (event, context) => {
  const request = event.Records[0].cf.request;

  const header = request.headers.authorization?.[0]?.value ?? "";
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!token) return unauthorized;

  const { USER_POOL_ID, USER_POOL_CLIENT_ID } = await loadEnvironment(context.functionName);
  if (!(await isValid(token, { userPoolId: USER_POOL_ID, clientId: USER_POOL_CLIENT_ID }))) {
    return unauthorized;
  }
  return request;
};
