"""`Custom::UserPoolTriggers`: wire a stack's functions to the triggers of a user pool it does not own.

CloudFormation cannot set `LambdaConfig` on a pool created elsewhere, so the template carries this
module inline (`index.handler`; standard library and boto3 only) behind one custom resource per
such pool. ResourceProperties: `UserPoolId` and `LambdaConfig`, the keys this stack owns, in
UpdateUserPool's words (`PreSignUp: arn`, `PreTokenGenerationConfig: {LambdaArn, LambdaVersion}`,
`KMSKeyID: arn`...).

UpdateUserPool resets every setting it is not given, so the request is DescribeUserPool's answer
reduced to the members of UpdateUserPool's input shape in the botocore model the function runs
with (a setting AWS adds later is carried over without a change here), with only our keys of
`LambdaConfig` changed. A setting that DescribeUserPool returns but the runtime's botocore does not
know would be lost that way: the handler then stops and names it instead. A key that another owner
set to another function is never overwritten: the request fails and names it.

Every path answers CloudFormation with a PUT to the ResponseURL, a timeout included (MARGIN_MS
before Lambda would stop the function), so that a stack never waits an hour for an answer.
"""

import json
import threading

# answer CloudFormation this long before Lambda stops the function
MARGIN_MS = 3000

# One event under two keys: Cognito fills the other from the one that is given.
PAIRS = {"PreTokenGeneration": "PreTokenGenerationConfig", "PreTokenGenerationConfig": "PreTokenGeneration"}


class Refused(Exception):
    """A request this handler does not carry out; the text is the reason CloudFormation shows."""


def arn(value):
    """The function or key ARN of a LambdaConfig value (a string or a {LambdaArn, LambdaVersion})."""
    return value.get("LambdaArn") if isinstance(value, dict) else value


def release(config, key, value):
    """Remove `key` (and its pair) from `config` where it still holds `value`'s ARN, ours."""
    for k in (key, PAIRS.get(key)):
        if k in config and arn(config[k]) == arn(value):
            del config[k]


def merge(config, new, old):
    """The pool's LambdaConfig `config` with the keys of `new` set and those of `old` (this
    resource's keys before an update) that `new` no longer has removed; a key of `new` that holds
    a function other than ours (new or old) is refused, naming it."""
    config = dict(config)
    for key, value in new.items():
        ours = {arn(value), arn(old.get(key)), arn(old.get(PAIRS.get(key)))}
        have = arn(config.get(key)) or arn(config.get(PAIRS.get(key)))
        if have and have not in ours:
            raise Refused(
                f"LambdaConfig.{key} of the pool is already set to {have} by another owner: "
                "remove it there first, or wire this event to that function"
            )
    for key in old:
        if key not in new:
            release(config, key, old[key])
    for key, value in new.items():
        if PAIRS.get(key) not in new:
            config.pop(PAIRS.get(key), None)
        config[key] = value
    return config


def keep(shape, value):
    """`value` reduced to what the botocore `shape` accepts: unknown members and nulls dropped, a
    structure without one of its required members (the request would be refused) dropped whole."""
    if shape.type_name == "structure":
        out = {}
        for k, v in value.items():
            if k in shape.members and v is not None:
                v = keep(shape.members[k], v)
                if v is not None:
                    out[k] = v
        return out if all(k in out for k in shape.required_members) else None
    if shape.type_name == "list":
        return [x for x in (keep(shape.member, x) for x in value) if x is not None]
    if shape.type_name == "map":
        return {k: x for k, x in ((k, keep(shape.value, x)) for k, x in value.items()) if x is not None}
    return value


def update_request(model, pool, lambda_config):
    """UpdateUserPool's request that gives `pool` (DescribeUserPool's UserPool) back as it is,
    with `lambda_config` as its LambdaConfig."""
    shape = model.operation_model("UpdateUserPool").input_shape
    body = keep(shape, dict(pool, UserPoolId=pool["Id"], PoolName=pool.get("Name"), LambdaConfig=lambda_config))
    # Describe returns the old UnusedAccountValidityDays beside TemporaryPasswordValidityDays,
    # and Update refuses the pair ("Please use TemporaryPasswordValidityDays ...").
    admin = body.get("AdminCreateUserConfig", {})
    password = body.get("Policies", {}).get("PasswordPolicy")
    if password is not None and "UnusedAccountValidityDays" in admin:
        password.setdefault("TemporaryPasswordValidityDays", admin.pop("UnusedAccountValidityDays"))
    template = body.get("VerificationMessageTemplate")
    if template:
        # Update refuses an email message for both DefaultEmailOptions; the three top-level
        # messages are "no longer used": the template holds them.
        for k in ("SmsVerificationMessage", "EmailVerificationMessage", "EmailVerificationSubject"):
            body.pop(k, None)
        unused = "" if template.get("DefaultEmailOption") == "CONFIRM_WITH_LINK" else "ByLink"
        template.pop("EmailMessage" + unused, None)
        template.pop("EmailSubject" + unused, None)
    return body


def unknown(raw, parsed, path=""):
    """The keys of `raw` (an answer's JSON) that botocore left out of `parsed`: members its model
    does not know."""
    if isinstance(raw, dict) and isinstance(parsed, dict):
        for k, v in raw.items():
            if k not in parsed and v is not None:
                yield path + k
            elif k in parsed:
                yield from unknown(v, parsed[k], path + k + ".")
    elif isinstance(raw, list) and isinstance(parsed, list):
        for r, p in zip(raw, parsed):
            yield from unknown(r, p, path)


def apply(event, reply):
    """Carry out the request; return the PhysicalResourceId to answer with."""
    # imported where they are used, so that stackgen reads this module (inline_source, policy)
    # without boto3, and without the time urllib.request takes to import
    import boto3

    props = event["ResourceProperties"]
    pool_id, new = props.get("UserPoolId"), props.get("LambdaConfig")
    delete = event["RequestType"] == "Delete"
    client = boto3.client("cognito-idp")
    model = client.meta.service_model
    known = model.shape_for("LambdaConfigType").members
    if not pool_id or not isinstance(pool_id, str) or not isinstance(new, dict) or set(new) - set(known):
        # what Create refused is not on the pool: its Delete succeeds
        if delete:
            return event["PhysicalResourceId"]
        if not isinstance(new, dict) or not pool_id:
            raise Refused("UserPoolId (a pool's ID) and LambdaConfig (trigger name: ARN) are required")
        bad = ", ".join(sorted(set(new) - set(known)))
        raise Refused(f"LambdaConfig has {bad}, which Cognito does not know: use {', '.join(known)}")
    previous = event.get("OldResourceProperties") or {}
    old = previous.get("LambdaConfig") if previous.get("UserPoolId") == pool_id else None
    old = old if isinstance(old, dict) else {}
    raw = []
    client.meta.events.register(
        "after-call.cognito-identity-provider.DescribeUserPool",
        lambda http_response, **_: raw.append(json.loads(http_response.content)),
    )
    try:
        pool = client.describe_user_pool(UserPoolId=pool_id)["UserPool"]
    except client.exceptions.ResourceNotFoundException:
        if delete:
            return event["PhysicalResourceId"]
        raise Refused(f"user pool {pool_id} does not exist here: check UserPoolId, account and region")
    lost = sorted(unknown(raw[0].get("UserPool", {}), pool))
    if lost:
        raise Refused(
            f"this runtime's boto3 does not know {', '.join(lost)} of pool {pool_id}; "
            "UpdateUserPool would reset it: use a newer runtime"
        )
    current = pool.get("LambdaConfig") or {}
    if delete:
        config = dict(current)
        for key, value in new.items():
            release(config, key, value)
    else:
        config = merge(current, new, old)
    if config != current and not reply.sent:
        client.update_user_pool(**update_request(model, pool, config))
    return event.get("PhysicalResourceId") if delete else f"{pool_id}-triggers"


class Reply:
    """Answers CloudFormation once: the first answer wins (the timeout's or the handler's)."""

    def __init__(self, event):
        self.event = event
        self.lock, self.sent = threading.Lock(), False
        props = event.get("ResourceProperties") or {}
        self.physical = event.get("PhysicalResourceId") or f"{props.get('UserPoolId') or event['LogicalResourceId']}-triggers"

    def __call__(self, status, reason="", physical=None):
        with self.lock:
            if self.sent:
                return
            self.sent = True
        body = json.dumps({
            "Status": status,
            "Reason": reason[:1000] or status,
            "PhysicalResourceId": physical or self.physical,
            "StackId": self.event["StackId"],
            "RequestId": self.event["RequestId"],
            "LogicalResourceId": self.event["LogicalResourceId"],
            "NoEcho": False,
            "Data": {},
        }).encode()
        print(status, reason)
        import urllib.request

        for _ in range(3):
            try:
                request = urllib.request.Request(
                    self.event["ResponseURL"], data=body, method="PUT",
                    headers={"Content-Type": "", "Content-Length": str(len(body))},
                )
                urllib.request.urlopen(request, timeout=10).close()
                return
            except Exception as error:
                print("answering CloudFormation failed:", error)


def handler(event, context):
    reply = Reply(event)
    pool_id = (event.get("ResourceProperties") or {}).get("UserPoolId")
    seconds = max(context.get_remaining_time_in_millis() - MARGIN_MS, 0) / 1000
    timer = threading.Timer(seconds, reply, (
        "FAILED",
        f"timed out: Cognito did not answer in time; check the triggers of pool {pool_id} and retry",
    ))
    timer.daemon = True
    timer.start()
    try:
        reply("SUCCESS", "", apply(event, reply))
    except Refused as error:
        reply("FAILED", str(error))
    except Exception as error:
        reply("FAILED", f"{type(error).__name__}: {error} (log stream {getattr(context, 'log_stream_name', '?')})")
    finally:
        timer.cancel()


def policy(user_pool_arn):
    """The IAM policy document the handler's role needs: read and update that one pool."""
    return {
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": ["cognito-idp:DescribeUserPool", "cognito-idp:UpdateUserPool"],
            "Resource": user_pool_arn,
        }],
    }


def inline_source():
    """This module as the template's inline code: no docstrings, comments, or what only stackgen
    uses, indented by one space."""
    import ast
    import pathlib

    tree = ast.parse(pathlib.Path(__file__).read_text(encoding="utf-8"))
    tree.body = [n for n in tree.body if getattr(n, "name", None) not in {"policy", "inline_source"}]
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            node.body = body[1:] or [ast.Pass()]
    out = []
    for line in ast.unparse(tree).splitlines():
        text = line.lstrip(" ")
        out.append(" " * ((len(line) - len(text)) // 4) + text + "\n")
    return "".join(out)
