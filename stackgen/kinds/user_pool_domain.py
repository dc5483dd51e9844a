"""The user pool domain: where a pool's sign-in pages are served, with managed login.

A domain belongs to one pool (a solid wire from it to the pool) and becomes an
``AWS::Cognito::UserPoolDomain``: a Cognito prefix domain (``prefix``:
``https://<prefix>.auth.<region>.amazoncognito.com``) or a custom domain of the user's
(``customDomain``: its name and the ARN of its ACM certificate), and its sign-in base URL as the
Output ``<D>Url``. With managed login (``managedLoginVersion: 2``, the default) every app client
of the pool gets an ``AWS::Cognito::ManagedLoginBranding`` ``<C>Branding`` with Cognito's
provided style, without which managed login shows the client no pages. Managed login needs the
Essentials or Plus plan (R035); a pool has one domain (R036); a prefix follows Cognito's rules
(R034); a custom domain's certificate is in us-east-1 (R037). Cognito cannot change a domain's
name or pool once it exists: the guard watches them.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from ..diagnostics import Diagnostic, error
from ..emit import OUTPUTS, RESOURCES, Emitted, Fragment, merge_properties
from ..intrinsics import ref, sub
from ..model import SOLID, Resource
from ..patterns import Lazy
from ..record import record
from . import MEMBERSHIP, Kind, Look, Wiring, value_of

#: the managed login version when the spec gives none: the newer managed login
DEFAULT_VERSION = 2
#: 1 is the classic hosted UI; 2 managed login, with the branding editor
MANAGED_LOGIN = 2


@record
class UserPoolDomain(Resource):
    #: the Cognito prefix domain; None for a custom domain
    prefix: str | None = None
    #: the custom domain's name and its certificate's ARN (text or a CloudFormation function)
    custom_name: str | None = None
    certificate_arn: Any = None
    managed_login_version: int = DEFAULT_VERSION
    #: whether the spec gave ``managedLoginVersion`` (or left it at its default)
    version_given: bool = False

    kind = "UserPoolDomain"

    @property
    def domain(self) -> str | None:
        """The domain's name as CloudFormation's ``Domain``: the prefix, or the custom name."""
        return self.prefix if self.prefix is not None else self.custom_name


def build(name: str, pointer, properties: Mapping[str, Any], spec: Mapping[str, Any],
          defaults: Mapping[str, Any]) -> UserPoolDomain:
    custom = spec.get("customDomain") or {}
    return UserPoolDomain(
        name, pointer, properties,
        prefix=spec.get("prefix"),
        custom_name=custom.get("name"),
        certificate_arn=custom.get("certificateArn"),
        managed_login_version=spec.get("managedLoginVersion", DEFAULT_VERSION),
        version_given="managedLoginVersion" in spec,
    )


def owners(name: str) -> dict[tuple[str, ...], str]:
    return {
        ("Domain",): "the field `prefix` (or `customDomain.name`)",
        ("UserPoolId",): f"the wire `{{from: {name}, to: <UserPool>}}`",
        ("CustomDomainConfig", "CertificateArn"): "the field `customDomain.certificateArn`",
        ("ManagedLoginVersion",): "the field `managedLoginVersion`",
    }


# --- the emitter ---------------------------------------------------------------------------------

def url(domain: UserPoolDomain) -> Any:
    """The sign-in base URL of ``domain``."""
    if domain.prefix is not None:
        return sub(f"https://{domain.prefix}.auth.${{AWS::Region}}.amazoncognito.com")
    return f"https://{domain.custom_name}"


def branding(client: str) -> str:
    """The Logical ID of the managed login style of app client ``client``."""
    return f"{client}Branding"


def clients_of(pool: str, graph) -> list[str]:
    """The app clients of ``pool``, in spec order."""
    return [name for name, member in graph.client_pool.items()
            if member == pool and graph.stack.resources[name].kind == CLIENT]


def emit_domain(domain: UserPoolDomain, graph) -> Emitted:
    name = domain.name
    pool = graph.client_pool.get(name)
    properties: dict[str, Any] = {"Domain": domain.domain}
    if pool is not None:
        properties["UserPoolId"] = value_of(graph.stack.resources[pool])
    if domain.custom_name is not None:
        properties["CustomDomainConfig"] = {"CertificateArn": domain.certificate_arn}
    properties["ManagedLoginVersion"] = domain.managed_login_version
    properties, found = merge_properties(domain, properties)
    origin = f"user pool domain `{name}`"
    fragments = [Fragment(RESOURCES, name, {"Type": AWS_TYPE, "Properties": properties}, name, origin)]
    if domain.managed_login_version == MANAGED_LOGIN and pool is not None:
        for client in clients_of(pool, graph):
            fragments.append(Fragment(RESOURCES, branding(client), {
                "Type": BRANDING_TYPE,
                "DependsOn": name,
                "Properties": {"UserPoolId": value_of(graph.stack.resources[pool]), "ClientId": ref(client),
                               "UseCognitoProvidedValues": True},
            }, name, f"the managed login style of client `{client}` at domain `{name}`"))
    fragments.append(Fragment(OUTPUTS, f"{name}Url", {
        "Description": f"Sign-in base URL of the user pool domain {name}", "Value": url(domain)}, name, origin))
    return Emitted(fragments, found)


# --- the rules a schema cannot say ---------------------------------------------------------------

#: what Cognito takes as a prefix: lower-case letters, digits and hyphens, neither first nor last
PREFIX = Lazy(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
#: words Cognito refuses in a prefix
RESERVED = ("aws", "amazon", "cognito")
#: a custom domain: lower-case labels of letters, digits and hyphens, two or more, dot-separated
CUSTOM = Lazy(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")
#: the only region whose ACM certificates Cognito takes for a custom domain
CERTIFICATE_REGION = "us-east-1"
CERTIFICATE_ARN = Lazy(r"arn:[a-z0-9-]+:acm:(?P<region>[a-z0-9-]+):")


def _names(domains: Mapping[str, UserPoolDomain], stack, graph) -> Iterable[Diagnostic]:
    """A prefix or a custom domain name that Cognito refuses."""
    for name, domain in domains.items():
        if domain.prefix is not None:
            reserved = [w for w in RESERVED if w in domain.prefix.lower()]
            if not PREFIX.fullmatch(domain.prefix):
                why = ("may hold only lower-case letters, digits and hyphens (a-z, 0-9, -), and may "
                       "neither start nor end with a hyphen")
            elif reserved:
                why = f"contains `{reserved[0]}`, which Cognito reserves (as `aws`, `amazon` and `cognito`)"
            else:
                continue
            yield error("R034", f"`prefix` `{domain.prefix}` of `{name}` {why}; choose another prefix, "
                        "such as your app's name", domain.pointer + ("prefix",), subject=name)
        elif domain.custom_name is not None and not CUSTOM.fullmatch(domain.custom_name):
            yield error("R034", f"`customDomain.name` `{domain.custom_name}` of `{name}` is not a domain "
                        "name Cognito takes: write it in full, lower-case, without a scheme or a path "
                        "(for example auth.example.com)",
                        domain.pointer + ("customDomain", "name"), subject=name)


def _managed_login_plan(domains: Mapping[str, UserPoolDomain], stack, graph) -> Iterable[Diagnostic]:
    """Managed login on a pool whose feature plan does not have it."""
    for name, domain in domains.items():
        pool = graph.client_pool.get(name)
        if domain.managed_login_version != MANAGED_LOGIN or pool is None:
            continue
        if getattr(stack.resources[pool], "tier", None) != "lite":
            continue
        given = domain.version_given
        yield error(
            "R035",
            f"`{name}` serves managed login (`managedLoginVersion: 2`"
            + ("" if given else ", the default") + "), which needs the Essentials or Plus feature plan, "
            f"and its pool `{pool}` has `tier: lite`; set `tier: essentials` (or `plus`, or no `tier`: "
            "Cognito's default is Essentials) on the pool, or `managedLoginVersion: 1` (the classic "
            "hosted UI) on the domain",
            domain.pointer + (("managedLoginVersion",) if given else ()), at_key=not given, subject=name,
        )


def _one_per_pool(domains: Mapping[str, UserPoolDomain], stack, graph) -> Iterable[Diagnostic]:
    """A second domain of one pool."""
    first: dict[str, str] = {}
    for name in domains:
        pool = graph.client_pool.get(name)
        if pool is None:
            continue
        if pool not in first:
            first[pool] = name
            continue
        wire = next(w for w in stack.wires if w.source == name and w.target == pool)
        yield error(
            "R036",
            f"{wire}: `{pool}` already has the domain `{first[pool]}`; a pool serves its sign-in pages "
            "at one domain: remove one of the two, or wire it to another pool",
            wire.pointer, subject=str(wire),
        )


def _certificate_region(domains: Mapping[str, UserPoolDomain], stack, graph) -> Iterable[Diagnostic]:
    """A custom domain's certificate outside the one region Cognito takes it from."""
    for name, domain in domains.items():
        if not isinstance(domain.certificate_arn, str):
            continue
        match = CERTIFICATE_ARN.match(domain.certificate_arn)
        if match and match["region"] != CERTIFICATE_REGION:
            yield error(
                "R037",
                f"`customDomain.certificateArn` of `{name}` is a certificate of {match['region']}, but "
                f"Cognito serves a custom domain through CloudFront, which takes ACM certificates of "
                f"{CERTIFICATE_REGION} only; request or import the certificate in {CERTIFICATE_REGION}",
                domain.pointer + ("customDomain", "certificateArn"), subject=name,
            )


# --- the kind ------------------------------------------------------------------------------------

AWS_TYPE = "AWS::Cognito::UserPoolDomain"
BRANDING_TYPE = "AWS::Cognito::ManagedLoginBranding"
CLIENT = "UserPoolClient"

KIND = Kind(
    name="UserPoolDomain",
    model=UserPoolDomain,
    build=build,
    aws_type=AWS_TYPE,
    emit=emit_domain,
    owners=owners,
    look=Look("userPoolDomain", ("[/", "/]"), "parallelogram", "filled", "#eef6ff", "#dd344c"),
    words="user pool domain",
    member="domain",
    wires=(Wiring("UserPoolDomain", "UserPool", SOLID, MEMBERSHIP,
                  "the domain serves the pool's sign-in pages"),),
    create_only=("Domain", "UserPoolId"),
    create_only_fields={"Domain": "prefix"},
    dropped=("CloudFormation will delete it, and its sign-in pages stop answering: every app and "
             "identity provider that sends users to its URL fails until given a new one"),
    replaced=" one, and its sign-in pages move to the new URL",
    attributes=frozenset({"CloudFrontDistribution"}),
    written=lambda d: (("customDomain", {"certificateArn": d.certificate_arn}),) if d.custom_name is not None else (),
    checks=(_names, _managed_login_plan, _one_per_pool, _certificate_region),
)
