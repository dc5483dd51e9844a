"""PreSignUp trigger: accept a sign-up only when its email domain is in ALLOWED_DOMAINS."""

import os

# Comma-separated list, set through the function's `environment` in spec.yaml.
ALLOWED_DOMAINS = {
    domain.strip().lower()
    for domain in os.environ.get("ALLOWED_DOMAINS", "").split(",")
    if domain.strip()
}


def handler(event, context):
    email = event["request"]["userAttributes"].get("email", "")
    _, at, domain = email.rpartition("@")
    domain = domain.lower() if at else ""
    if domain not in ALLOWED_DOMAINS:
        # Raising rejects the sign-up; Cognito passes the message on to the client.
        raise ValueError("Sign-up is by invitation only: use an email address of an invited domain")
    return event
