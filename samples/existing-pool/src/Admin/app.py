"""Lists the users of the existing pool and disables one on request.

USER_POOL_ID is the pool's ID as the stack's parameter gives it, USER_POOL its ARN; the role may
take the `read` and `manage-users` actions on that pool only.
"""

import os

import boto3

cognito = boto3.client("cognito-idp")
POOL = os.environ["USER_POOL_ID"]


def handler(event, context):
    disable = event.get("disable")
    if disable:
        cognito.admin_disable_user(UserPoolId=POOL, Username=disable)
    users = cognito.list_users(UserPoolId=POOL, Limit=60)["Users"]
    return {"users": [u["Username"] for u in users], "disabled": disable}
