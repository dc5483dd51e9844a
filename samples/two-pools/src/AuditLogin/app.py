"""PostAuthentication trigger of both pools: write one structured audit line per sign-in."""

import json


def handler(event, context):
    request = event.get("request", {})
    print(json.dumps({
        "audit": "login",
        "userPoolId": event["userPoolId"],  # tells the Customers and Staff pools apart
        "userName": event["userName"],
        "clientId": event.get("callerContext", {}).get("clientId"),
        "newDevice": request.get("newDeviceUsed", False),
        "email": request.get("userAttributes", {}).get("email"),
    }))
    return event
