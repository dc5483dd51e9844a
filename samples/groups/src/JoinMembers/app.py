"""PostConfirmation trigger: adds each newly confirmed user to the group stackgen names in
USER_POOL_GROUP_NAME (`members`).

The group's name is written in the template as text, so this function gets it even though it is
a trigger of the group's pool; the pool's ID comes with the event. The permission
(cognito-idp:AdminAddUserToGroup on the pool) comes from the separate policy
UsersToJoinMembersPolicy, so the pool never waits for this function's role.
"""

import os

import boto3

cognito = boto3.client("cognito-idp")
GROUP = os.environ["USER_POOL_GROUP_NAME"]


def handler(event, context):
    # A password reset confirms again; only a new sign-up joins the group.
    if event["triggerSource"] == "PostConfirmation_ConfirmSignUp":
        cognito.admin_add_user_to_group(
            UserPoolId=event["userPoolId"],
            Username=event["userName"],
            GroupName=GROUP,
        )
        print(f"added {event['userName']} to {GROUP}")
    return event
