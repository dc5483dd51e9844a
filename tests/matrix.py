"""A seeded generator of valid, rich stack specs, for the matrix test (``test_matrix.py``).

The run's size and seed: ``STACKGEN_MATRIX=<count>`` and ``STACKGEN_MATRIX_SEED=<seed>`` (see
:func:`settings`; defaults :data:`DEFAULT_COUNT` and :data:`DEFAULT_SEED`), for example
``STACKGEN_MATRIX=300 STACKGEN_MATRIX_SEED=7 python -m pytest tests/test_matrix.py -q``.

Each spec is drawn from its own ``random.Random`` seeded with (seed, index), so a spec depends
only on those two numbers: the default run is a prefix of any larger run with the same seed, and
a failing spec is reproduced by its id alone.

A spec has 1-4 pools, 0-2 clients per pool, 1-5 functions that pool events may invoke, 0-2
``Api`` functions that only discover, and 0-3 edge functions, in a shuffled
order, with shuffled wires:

- every one of the ten events is subscribed on at least one pool of every spec (a pool's events
  go to functions chosen at random, so a function is often on several pools, or on several events
  of one pool); each pool event invokes one function (never W004); a custom-authentication trio
  is usually completed (a partial one gives only the warning W010);
- every client belongs to one pool;
- functions discover pools and clients (dashed). A trigger of a pool may discover that pool and
  its clients (stackgen defuses that cycle, W009). Any other discovery by a trigger obeys a rank
  rule that keeps the stack acyclic: a trigger of pool B may discover pool A, or a client of A,
  only when A comes before B in the generation order. With probability :data:`CHAOS` per
  discovery the rule is ignored, so that some specs have a cross-pool cycle, which stackgen must
  refuse with W008: the test checks that, counts them and caps them;
- edge functions discover pools and clients (dashed; never a cycle);
- some pools have a domain (a prefix, with managed login or the classic hosted UI), and some
  dashed wires to pools name levels of ``access`` (drawn last: the rest of a spec is unchanged);
- 0-2 groups, drawn last from a generator of their own (so the rest of a spec is what it
  was without them), discovered by functions: by a trigger of their pool (the name is text, so no
  cycle), otherwise by the rank rule;
- functions have their own ``environment``, often with names that the wires would derive
  (USER_POOL_ID, USER_POOL, USER_POOL_CLIENT_ID and their ``_2``), and values that YAML 1.1
  could take for something else (``yes``, ``OFF``, ``0755``, ``1e3``...);
- every type gets ``properties`` that stackgen does not own (a pool's ``MfaConfiguration``,
  ``Policies.PasswordPolicy``, ``AdminCreateUserConfig.InviteMessageTemplate``...; a client's
  ``ExplicitAuthFlows``, ``GenerateSecret``...; a function's ``Description`` (sometimes a
  ``!Sub``), ``Architectures``, ``Policies`` with a managed policy name and a statement; an edge
  function's ``Description`` and a ``Policies`` statement), and ``defaults.function`` sometimes.

Stays within the quotas stackgen checks or will check: well under 500 resources after the SAM
transform and 200 Outputs, short environments and policies, short Logical IDs; edge functions
only with a Node.js or Python runtime, timeout <= 5 s and 128 MB, and no Environment, Layers or
VpcConfig in their ``properties``.

:func:`features` says what a spec covers (each allowed wire kind with each event, and the shapes
above), independently of stackgen; the matrix test asserts that the run covers them all.
"""

from __future__ import annotations

import os
import random
import re
from dataclasses import dataclass
from typing import Any

import yaml

from stackgen.model import EVENTS
from stackgen.resolve import CUSTOM_AUTH, WIRE_KINDS

DEFAULT_SEED = 20261127
#: specs in the default run, linted: each is rich (see the module docstring); linting a template
#: twice (as written, translated) costs ~25 ms per resource: 20 take about 30 s of one core (the
#: next ones, up to 300, are built and walked without cfn-lint; every combination is among them)
DEFAULT_COUNT = 20
#: chance that a trigger's discovery ignores the rank rule (and may close a cross-pool cycle)
CHAOS = 0.04

POOL, CLIENT, FUNCTION, EDGE = "UserPool", "UserPoolClient", "Function", "EdgeFunction"
DOMAIN = "UserPoolDomain"
#: the levels of a dashed wire's ``access`` to a pool
ACCESS = ("read", "manage-users", "manage-groups", "sign-in")
GROUP = "UserPoolGroup"
#: the kinds that belong to one pool (a solid wire from them to it)
MEMBERS = (CLIENT, GROUP)
PROVIDER, SERVER = "IdentityProvider", "ResourceServer"

FUNCTION_RUNTIMES = {
    "nodejs24.x": "index.handler",
    "nodejs22.x": "index.handler",
    "python3.13": "app.handler",
    "python3.12": "app.handler",
    "python3.14": "app.handler",
    "java21": "example.Handler::handleRequest",
    "java25": "example.Handler::handleRequest",
    "ruby3.4": "function.handler",
    "provided.al2023": "bootstrap",
}
#: what Lambda@Edge runs
EDGE_RUNTIMES = {"nodejs22.x": "index.handler", "python3.13": "app.handler", "python3.12": "app.handler"}

#: the names a discovery derives, by what is discovered
DERIVED = {POOL: ("USER_POOL_ID", "USER_POOL"), CLIENT: ("USER_POOL_CLIENT_ID",), GROUP: ("USER_POOL_GROUP_NAME",)}
COLLIDING = ("USER_POOL_ID", "USER_POOL", "USER_POOL_CLIENT_ID",
             "USER_POOL_ID_2", "USER_POOL_2", "USER_POOL_CLIENT_ID_2")
#: environment values that a YAML 1.1 or 1.2 reader could take for something else
TRICKY_VALUES = ("legacy", "info", "yes", "no", "OFF", "on", "y", "0755", "0x1F", "1e3", "1_000",
                 "12:30", "2010-09-09", "true", "null", "~", "+1", ".inf", ".NaN", "=", "<<",
                 "with: colon", "#not a comment", "-", "")


class Sub(str):
    """A ``!Sub`` short form inside ``properties``."""


@dataclass(frozen=True)
class Case:
    seed: int
    index: int
    spec: dict

    def __str__(self) -> str:
        return f"seed{self.seed}-{self.index}"

    def text(self) -> str:
        return to_yaml(self.spec, header=f"stackgen matrix spec {self} (seed {self.seed}, index {self.index})")

    def reproduce(self) -> str:
        return (f"STACKGEN_MATRIX={self.index + 1} STACKGEN_MATRIX_SEED={self.seed} "
                f"python -m pytest tests/test_matrix.py -k '{self}'")


def settings() -> tuple[int, int]:
    """(count, seed): ``STACKGEN_MATRIX`` and ``STACKGEN_MATRIX_SEED``, else the defaults."""
    count = int(os.environ.get("STACKGEN_MATRIX") or DEFAULT_COUNT)
    seed = int(os.environ.get("STACKGEN_MATRIX_SEED") or DEFAULT_SEED)
    return count, seed


def cases(count: int, seed: int) -> list[Case]:
    return [Case(seed, i, generate(seed, i)) for i in range(count)]


def generate(seed: int, index: int) -> dict:
    """The spec number ``index`` of the run seeded ``seed``."""
    return _Generator(random.Random(seed * 1_000_003 + index)).spec()


# --- the generator ------------------------------------------------------------------------------

class _Generator:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def subset(self, items, p: float = 0.5, at_least: int = 0) -> list:
        chosen = [i for i in items if self.chance(p)]
        while len(chosen) < at_least:
            extra = self.rng.choice([i for i in items if i not in chosen])
            chosen.append(extra)
        return [i for i in items if i in chosen]

    def spec(self) -> dict:
        rng = self.rng
        pools = [f"Pool{i + 1}" for i in range(rng.randint(1, 4))]
        clients = {p: [f"{p}Client{j + 1}" for j in range(rng.randint(0, 2))] for p in pools}
        # functions that pool events may invoke, and services that only discover
        functions = [f"Fn{i + 1}" for i in range(rng.randint(1, 5))]
        services = [f"Api{i + 1}" for i in range(rng.choice([0, 1, 1, 2, 2]))]
        edges = [f"Edge{i + 1}" for i in range(rng.randint(0, 3))]
        rank = {p: i for i, p in enumerate(pools)}
        pool_of = {c: p for p in pools for c in clients[p]}

        wires: list[dict] = []
        # triggers: each pool subscribes a random share of the events; every event somewhere
        triggered: dict[str, set[str]] = {f: set() for f in functions + services}
        events: dict[str, list[str]] = {p: self.subset(EVENTS, rng.uniform(0.15, 0.8)) for p in pools}
        for event in EVENTS:
            if not any(event in events[p] for p in pools):
                events[rng.choice(pools)].append(event)
        for p in pools:
            present = [e for e in CUSTOM_AUTH if e in events[p]]
            if present and len(present) < len(CUSTOM_AUTH) and self.chance(0.8):
                events[p] += [e for e in CUSTOM_AUTH if e not in present]
            # a few favourite functions per pool, so that one function takes several events
            favourites = self.subset(functions, 0.4, at_least=1)
            for event in EVENTS:
                if event in events[p]:
                    f = rng.choice(favourites if self.chance(0.7) else functions)
                    triggered[f].add(p)
                    wires.append({"from": p, "to": f, "event": event})
        for c, p in pool_of.items():
            wires.append({"from": c, "to": p})

        # discoveries by functions: own pool (and its clients) always allowed, others by rank
        for f in functions + services:
            share = rng.uniform(0.1, 0.7) if f in functions else rng.uniform(0.4, 1)
            for target in pools + list(pool_of):
                pool = pool_of.get(target, target)
                if not self.chance(share):
                    continue
                own = pool in triggered[f]
                acyclic = all(rank[pool] < rank[t] for t in triggered[f])
                if own or acyclic or self.chance(CHAOS):
                    wires.append({"from": f, "to": target, "style": "dashed"})
        for e in edges:
            for target in self.subset(pools + list(pool_of), rng.uniform(0.2, 0.9)):
                wires.append({"from": e, "to": target, "style": "dashed"})
        rng.shuffle(wires)

        defaults = self.defaults() if self.chance(0.3) else {}
        resources: dict[str, dict] = {}
        for p in pools:
            resources[p] = self.pool()
        for c in pool_of:
            resources[c] = self.client()
        for f in functions + services:
            resources[f] = self.function()
        for e in edges:
            resources[e] = self.edge(defaults)
        names = list(resources)
        rng.shuffle(names)

        spec: dict[str, Any] = {}
        if self.chance(0.5):
            spec["version"] = 1
        if self.chance(0.5):
            spec["description"] = rng.choice(["Matrix stack", "Sign-in: pools, clients & functions",
                                              "yes", "2010-09-09", "a 'quoted' #description"])
        if defaults:
            spec["defaults"] = {"function": defaults}
        spec["resources"] = {n: resources[n] for n in names}
        self.oauth(spec["resources"], wires, pools, pool_of)
        if wires:
            spec["wires"] = [self.wire_style(w) for w in wires]
        # groups, then domains and access, last, each from a generator of its own, so that the
        # rest of the spec is what it was without them
        self.groups(spec, pools, functions + services, triggered, rank,
                    random.Random(rng.random()))
        self.domains_and_access(spec, pools)
        self.existing(spec, pools, random.Random(rng.random()))
        owned = [p for p in pools if "existing" not in spec["resources"][p]]
        if owned:
            self.carried(spec["resources"], owned, random.Random(rng.random()))
        return spec

    @staticmethod
    def carried(resources: dict, pools: list[str], rng: random.Random) -> None:
        """Now and then, resources carried as is: a topic, and a user of a pool created after it."""
        if rng.random() < 0.7:
            return
        pool = rng.choice(pools)
        policy = rng.choice(["Delete", "Retain"])   # cfn-lint wants a Retain on both
        resources["Alerts"] = {"type": "AWS::SNS::Topic", "deletionPolicy": policy, "updateReplacePolicy": policy,
                               "properties": {"DisplayName": Sub("${AWS::StackName} alerts")}}
        resources[f"{pool}Admin"] = {"type": "AWS::Cognito::UserPoolUser", "dependsOn": "Alerts",
                                     "properties": {"UserPoolId": Sub("${%s}" % pool), "Username": "admin"}}

    def existing(self, spec: dict, pools: list[str], rng: random.Random) -> None:
        """Now and then a pool the stack does not create, given by its ID: it keeps no field of
        its own, and its wires stay as drawn (drawn last, from a generator of its own)."""
        for p in pools:
            if rng.random() < 0.15:
                spec["resources"][p] = {"type": POOL, "existing": f"us-east-1_{p}x{rng.randint(1, 99)}"}

    def domains_and_access(self, spec: dict, pools: list[str]) -> None:
        """Drawn last, so that the rest of a spec is what it was before domains and ``access``:
        a domain for some pools (managed login or the classic UI), levels on some discoveries."""
        wires = spec.setdefault("wires", [])
        for p in pools:
            if self.chance(0.4):
                domain = {"type": DOMAIN, "prefix": f"matrix-{p.lower()}"}
                if self.chance(0.3):
                    domain["managedLoginVersion"] = 1
                spec["resources"][f"{p}Domain"] = domain
                wires.append({"from": f"{p}Domain", "to": p})
        for w in wires:
            if w.get("style") == "dashed" and _kind(spec, w["to"]) == POOL and self.chance(0.3):
                w["access"] = self.subset(ACCESS, at_least=1)

    def groups(self, spec: dict, pools: list[str], finders: list[str], triggered: dict[str, set[str]],
               rank: dict[str, int], rng: random.Random) -> None:
        """0-2 groups, each of a pool, and discovered by functions: a trigger of the group's pool
        may (its name is text: no cycle), others by the rank rule. Few: each is one more
        resource to lint."""
        wires = spec.setdefault("wires", [])
        for j in range(rng.choice([0, 1, 1, 2])):
            p = rng.choice(pools)
            name = f"{p}Group{j + 1}"
            body: dict[str, Any] = {"type": GROUP}
            if rng.random() < 0.5:
                body["groupName"] = rng.choice([f"{p.lower()}-members-{j + 1}", f"{p}:admins{j + 1}"])
            if rng.random() < 0.5:
                body["precedence"] = rng.randint(0, 100)
            if rng.random() < 0.3:
                body["description"] = rng.choice(["Members", "yes", "a 'quoted' #group"])
            spec["resources"][name] = body
            wires.insert(rng.randint(0, len(wires)), {"from": name, "to": p})
            for f in finders:
                acyclic = all(rank[p] < rank[t] for t in triggered[f])
                if rng.random() < 0.4 and (p in triggered[f] or acyclic):
                    wires.insert(rng.randint(0, len(wires)), {"from": f, "to": name, "style": "dashed"})
    def oauth(self, resources: dict, wires: list, pools: list, pool_of: dict) -> None:
        """Now and then a pool's identity provider and resource server, and clients that use them
        (drawn after the rest, so that the rest of a seed's stack stays as it was)."""
        for p in pools:
            used = []
            if self.chance(0.3):
                resources[f"{p}Google"] = {
                    "type": PROVIDER, "provider": "google", "clientId": f"{p.lower()}.apps.googleusercontent.com",
                    "clientSecret": "{{resolve:secretsmanager:google-sign-in:SecretString:clientSecret}}"}
                used.append(f"{p}Google")
            if self.chance(0.3):
                resources[f"{p}Server"] = {"type": SERVER, "identifier": f"https://{p.lower()}.example.com",
                                           "scopes": {"read": "Read", "write": "Write"}}
                used.append(f"{p}Server")
            for member in used:
                wires.append({"from": member, "to": p})
            for c in [c for c, q in pool_of.items() if q == p and used and self.chance(0.7)]:
                chosen = self.subset(used, at_least=1)
                wires.extend({"from": c, "to": u} for u in chosen)
                scopes = ["openid"] + [f"https://{p.lower()}.example.com/read" for u in chosen if u.endswith("Server")]
                resources[c] = {**resources[c], "oauthFlows": ["code"], "oauthScopes": scopes,
                                "callbackUrls": ["https://app.example.com/callback"]}

    def wire_style(self, wire: dict) -> dict:
        """A solid wire says ``style: solid`` now and then (the default)."""
        if "style" not in wire and self.chance(0.15):
            return {**wire, "style": "solid"}
        return wire

    def defaults(self) -> dict:
        rng = self.rng
        values = {}
        if self.chance(0.6):
            values["runtime"] = rng.choice(["nodejs24.x", "nodejs22.x", "python3.13"])
        if self.chance(0.6):
            values["memorySize"] = rng.choice([128, 256, 512, 1024])
        if self.chance(0.6):
            values["timeout"] = rng.choice([1, 3, 5, 10, 30])
        return values or {"timeout": 5}

    # -- resources

    def pool(self) -> dict:
        rng = self.rng
        body: dict[str, Any] = {"type": POOL}
        for field in ("allowPublicSignUps", "autoVerifyEmails", "deletionProtection"):
            if self.chance(0.4):
                body[field] = self.chance(0.5)
        menu = {
            "MfaConfiguration": lambda: "OFF",
            "Policies": lambda: {"PasswordPolicy": {
                "MinimumLength": rng.randint(8, 20),
                **{k: self.chance(0.5) for k in self.subset(
                    ["RequireLowercase", "RequireNumbers", "RequireSymbols", "RequireUppercase"])},
                **({"TemporaryPasswordValidityDays": rng.randint(1, 7)} if self.chance(0.5) else {}),
            }},
            "AdminCreateUserConfig": lambda: {"InviteMessageTemplate": {
                "EmailSubject": "Welcome",
                "EmailMessage": "Your username is {username} and temporary password is {####}.",
            }},
            "UserPoolTags": lambda: {"team": "identity", "stage": rng.choice(["dev", "prod", "yes"])},
            "AccountRecoverySetting": lambda: {"RecoveryMechanisms": [{"Name": "verified_email", "Priority": 1}]},
            "UsernameConfiguration": lambda: {"CaseSensitive": False},
        }
        properties = self.properties(menu, must=["MfaConfiguration", "Policies"])
        if properties:
            body["properties"] = properties
        return body

    def client(self) -> dict:
        rng = self.rng
        menu = {
            "ExplicitAuthFlows": lambda: self.subset(
                ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH"], at_least=1)
            + ["ALLOW_REFRESH_TOKEN_AUTH"],
            "GenerateSecret": lambda: self.chance(0.5),
            "RefreshTokenValidity": lambda: rng.choice([1, 30, 3650]),
            "PreventUserExistenceErrors": lambda: "ENABLED",
            "EnableTokenRevocation": lambda: True,
            "ClientName": lambda: Sub("${AWS::StackName}-client"),
        }
        body: dict[str, Any] = {"type": CLIENT}
        properties = self.properties(menu, must=["ExplicitAuthFlows", "GenerateSecret"])
        if properties:
            body["properties"] = properties
        return body

    def code(self, body: dict, runtimes: dict, name_hint: str) -> None:
        rng = self.rng
        if self.chance(0.5):
            runtime = rng.choice(sorted(runtimes))
            body["runtime"] = runtime
            if runtimes[runtime] != "index.handler" or self.chance(0.2):
                body["handler"] = runtimes[runtime]
        if self.chance(0.3):
            body["codeUri"] = f"functions/{name_hint}"

    def function(self) -> dict:
        rng = self.rng
        body: dict[str, Any] = {"type": FUNCTION}
        self.code(body, FUNCTION_RUNTIMES, rng.choice(["api", "triggers", "shared"]))
        if self.chance(0.4):
            body["memorySize"] = rng.choice([128, 256, 512, 1024, 2048, 10240])
        if self.chance(0.4):
            body["timeout"] = rng.choice([1, 3, 10, 60, 900])
        if self.chance(0.7):
            names = self.subset(COLLIDING, 0.45, at_least=1) + self.subset(["LOG_LEVEL", "STAGE"])
            body["environment"] = {n: rng.choice(TRICKY_VALUES) for n in names}
        statement = {"Version": "2012-10-17", "Statement": [{
            "Effect": "Allow", "Action": ["s3:GetObject"],
            "Resource": Sub("arn:${AWS::Partition}:s3:::stackgen-matrix-${AWS::AccountId}/*")}]}
        menu = {
            "Description": lambda: rng.choice(["Handles sign-in", Sub("A function of ${AWS::StackName}")]),
            "Architectures": lambda: [rng.choice(["arm64", "x86_64"])],
            "Policies": lambda: rng.choice([
                ["AmazonSSMReadOnlyAccess", statement], ["AmazonSSMReadOnlyAccess"], [statement],
                "AmazonSSMReadOnlyAccess", statement]),
            "Tags": lambda: {"team": "identity"},
            "EphemeralStorage": lambda: {"Size": rng.choice([512, 1024, 10240])},
        }
        properties = self.properties(menu, must=["Description", "Architectures", "Policies"])
        if properties:
            body["properties"] = properties
        return body

    def edge(self, defaults: dict) -> dict:
        rng = self.rng
        body: dict[str, Any] = {"type": EDGE}
        self.code(body, EDGE_RUNTIMES, "edge")
        if "runtime" not in body and "runtime" in defaults and defaults["runtime"] not in EDGE_RUNTIMES:
            body["runtime"] = "nodejs22.x"
        # Lambda@Edge: viewer events allow 5 s and 128 MB
        if "timeout" in defaults or self.chance(0.4):
            body["timeout"] = rng.randint(1, 5)
        if "memorySize" in defaults or self.chance(0.2):
            body["memorySize"] = 128
        menu = {
            "Description": lambda: rng.choice(["Checks the viewer's token", Sub("Edge of ${AWS::StackName}")]),
            "Tags": lambda: {"team": "edge"},
            "Policies": lambda: [{"Statement": [{
                "Effect": "Allow", "Action": "s3:GetObject",
                "Resource": Sub("arn:${AWS::Partition}:s3:::stackgen-edge-${AWS::AccountId}/*")}]}],
        }
        properties = self.properties(menu, must=["Description"])
        if properties:
            body["properties"] = properties
        return body

    def properties(self, menu: dict, must: list[str]) -> dict:
        """Usually the ``must`` keys (the ones the matrix promises to cover) and some others."""
        if not self.chance(0.75):
            return {}
        keys = [k for k in menu if (k in must and self.chance(0.7)) or self.chance(0.3)]
        return {k: menu[k]() for k in keys}


# --- the spec as YAML ---------------------------------------------------------------------------

_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_.\-/:]*")
_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """libyaml's emitter where PyYAML has it (the same text as the pure one, six times faster)."""


def _str(dumper: yaml.SafeDumper, value: str):
    plain = _PLAIN.fullmatch(value) and value.lower() not in _WORDS and ": " not in value \
        and not value.endswith(":")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=None if plain else "'")


def _sub(dumper: yaml.SafeDumper, value: Sub):
    return dumper.represent_scalar("!Sub", str(value), style="'")


_Dumper.add_representer(str, _str)
_Dumper.add_representer(Sub, _sub)


def to_yaml(spec: dict, header: str = "") -> str:
    """The spec's text: block style, every string that is not a plain word quoted."""
    text = yaml.dump(spec, Dumper=_Dumper, sort_keys=False, default_flow_style=None, width=100,
                     allow_unicode=True)
    return (f"# {header}\n" if header else "") + text


# --- what a spec covers -------------------------------------------------------------------------

def _kind(spec: dict, name: str) -> str:
    return spec["resources"][name]["type"]


def features(spec: dict) -> set[tuple]:
    """What ``spec`` covers, read from the spec alone (not from stackgen)."""
    found: set[tuple] = set()
    wires = spec.get("wires", [])
    pool_of = {w["from"]: w["to"] for w in wires
               if _kind(spec, w["from"]) in MEMBERS and _kind(spec, w["to"]) == POOL}
    triggers: dict[str, set[str]] = {}
    events: dict[tuple[str, str], set[str]] = {}
    for w in wires:
        kind = (_kind(spec, w["from"]), _kind(spec, w["to"]), w.get("style", "solid"))
        found.add(("wire", *kind, w.get("event")))
        if w.get("event"):
            triggers.setdefault(w["to"], set()).add(w["from"])
            events.setdefault((w["from"], w["to"]), set()).add(w["event"])
    for f, pools in triggers.items():
        if len(pools) > 1:
            found.add(("function on several pools",))
    if any(len(e) > 1 for e in events.values()):
        found.add(("function on several events of one pool",))
    pool_events: dict[str, set[str]] = {}
    for (pool, _), es in events.items():
        pool_events.setdefault(pool, set()).update(es)
    if any(set(CUSTOM_AUTH) <= es for es in pool_events.values()):
        found.add(("complete custom authentication",))
    for w in wires:
        if w.get("style") != "dashed":
            continue
        target_kind = _kind(spec, w["to"])
        pool = pool_of.get(w["to"], w["to"])
        if pool in triggers.get(w["from"], ()):
            found.add(("trigger discovers its own", target_kind))
        elif w["from"] in triggers:
            found.add(("trigger discovers another pool's", target_kind))
    for name, body in spec["resources"].items():
        if body.get("properties"):
            found.add(("properties", body["type"]))
            for key in body["properties"]:
                found.add(("property", body["type"], key))
        policies = body.get("properties", {}).get("Policies", [])
        for policy in policies if isinstance(policies, list) else [policies]:
            found.add(("policy", body["type"], "managed" if isinstance(policy, str) else "statement"))
        if body["type"] == FUNCTION:
            for variable in _collisions(spec, name, pool_of, triggers):
                found.add(("environment collision", variable))
    if "defaults" in spec:
        found.add(("defaults",))
    return found


def _collisions(spec: dict, function: str, pool_of: dict, triggers: dict) -> set[str]:
    """The user's variables of ``function`` whose names its wires would otherwise have taken."""
    own = spec["resources"][function].get("environment", {})
    taken: set[str] = set()
    for w in spec.get("wires", []):
        if w["from"] != function or w.get("style") != "dashed":
            continue
        if pool_of.get(w["to"], w["to"]) in triggers.get(function, ()) and _kind(spec, w["to"]) != GROUP:
            continue  # a trigger's own pool: no variables (but a group's name, which is text)
        for base in DERIVED[_kind(spec, w["to"])]:
            name, n = base, 1
            while name in taken:
                n += 1
                name = f"{base}_{n}"
            taken.add(name)
    return taken & set(own)


def breaks_rank_rule(spec: dict) -> bool:
    """Whether a trigger discovers a later pool (or its client) than one it is a trigger of.

    Only such a spec can have a cross-pool cycle: pools are named in generation order.
    """
    wires = spec.get("wires", [])
    pool_of = {w["from"]: w["to"] for w in wires
               if _kind(spec, w["from"]) in MEMBERS and _kind(spec, w["to"]) == POOL}
    triggers: dict[str, set[str]] = {}
    for w in wires:
        if w.get("event"):
            triggers.setdefault(w["to"], set()).add(w["from"])
    rank = {name: int(name[len("Pool"):]) for name, body in spec["resources"].items() if body["type"] == POOL}
    for w in wires:
        if w.get("style") == "dashed" and w["from"] in triggers:
            pool = pool_of.get(w["to"], w["to"])
            own = triggers[w["from"]]
            if pool not in own and any(rank[pool] >= rank[t] for t in own):
                return True
    return False


def required_features() -> set[tuple]:
    """Everything a run must cover: each allowed wire kind with each event, and the shapes."""
    wanted: set[tuple] = set()
    for (src, dst, style), meaning in WIRE_KINDS.items():
        for event in (EVENTS if meaning == "trigger" else (None,)):
            wanted.add(("wire", src, dst, style, event))
    wanted |= {("function on several pools",), ("function on several events of one pool",),
               ("complete custom authentication",), ("defaults",)}
    wanted |= {("trigger discovers its own", POOL), ("trigger discovers its own", CLIENT),
               ("trigger discovers another pool's", POOL), ("trigger discovers another pool's", CLIENT),
               ("trigger discovers its own", GROUP), ("trigger discovers another pool's", GROUP)}
    wanted |= {("properties", t) for t in (POOL, CLIENT, FUNCTION, EDGE)}
    wanted |= {("property", POOL, k) for k in ("MfaConfiguration", "Policies")}
    wanted |= {("property", CLIENT, k) for k in ("ExplicitAuthFlows", "GenerateSecret")}
    wanted |= {("property", FUNCTION, k) for k in ("Description", "Architectures", "Policies")}
    wanted |= {("property", EDGE, k) for k in ("Description", "Policies")}
    wanted |= {("policy", FUNCTION, "managed"), ("policy", FUNCTION, "statement"), ("policy", EDGE, "statement")}
    wanted |= {("environment collision", n) for n in COLLIDING}
    return wanted
