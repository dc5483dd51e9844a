"""PreSignUp trigger of a pool this stack does not create: lets only addresses of the invited
domain (INVITED_DOMAIN) sign up.

The stack sets this trigger on the existing pool through its Custom::UserPoolTriggers resource
(UsersTriggers), after the permission that lets Cognito invoke this function; the pool's other
settings and triggers are left as they are.
"""

import os

DOMAIN = os.environ["INVITED_DOMAIN"].lower()


def handler(event, context):
    email = event["request"]["userAttributes"].get("email", "")
    if not email.lower().endswith("@" + DOMAIN):
        raise Exception(f"sign-up is by invitation: use an address of {DOMAIN}")
    return event
