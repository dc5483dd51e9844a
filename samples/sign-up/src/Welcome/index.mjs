// PostConfirmation trigger: the user is confirmed and in the pool. Log it and hand the event
// back unchanged (Cognito expects the event as the response).
export const handler = async (event) => {
  const { userName, userPoolId, request } = event;
  console.log(JSON.stringify({
    message: "user confirmed",
    userPoolId,
    userName,
    email: request.userAttributes?.email,
    trigger: event.triggerSource, // PostConfirmation_ConfirmSignUp or PostConfirmation_ConfirmForgotPassword
  }));
  return event;
};
