"""The user pool domain, from hand-built model objects and graphs (no YAML): its emitter, its
rules, its drawing."""

from __future__ import annotations

from types import MappingProxyType

from stackgen import draw
from stackgen.emit import OUTPUTS, RESOURCES
from stackgen.intrinsics import ref, sub
from stackgen.kinds import user_pool_domain
from stackgen.kinds.user_pool_domain import UserPoolDomain, emit_domain
from stackgen.model import Stack, UserPool, UserPoolClient, Wire
from stackgen.resolve import Graph


def _domain(name="SignIn", **kw) -> UserPoolDomain:
    kw.setdefault("prefix", "photos")
    return UserPoolDomain(name, ("resources", name), MappingProxyType({}), **kw)


def _graph(*domains: UserPoolDomain, tier=None, clients=("Web", "Mobile")) -> Graph:
    resources = {"Users": UserPool("Users", ("resources", "Users"), tier=tier)}
    resources.update({c: UserPoolClient(c, ("resources", c)) for c in clients})
    resources.update({d.name: d for d in domains})
    members = [*clients, *(d.name for d in domains)]
    wires = tuple(Wire(m, "Users", "solid", None, i) for i, m in enumerate(members))
    stack = Stack(None, MappingProxyType(resources), wires)
    return Graph(stack, client_pool={m: "Users" for m in members})


def _by_id(emitted):
    return {(f.section, f.logical_id): f.body for f in emitted.fragments}


def test_a_prefix_domain_with_managed_login_brands_every_client_of_its_pool():
    domain = _domain()
    fragments = _by_id(emit_domain(domain, _graph(domain)))
    assert fragments[(RESOURCES, "SignIn")] == {"Type": "AWS::Cognito::UserPoolDomain", "Properties": {
        "Domain": "photos", "UserPoolId": ref("Users"), "ManagedLoginVersion": 2}}
    for client in ("Web", "Mobile"):
        assert fragments[(RESOURCES, f"{client}Branding")] == {
            "Type": "AWS::Cognito::ManagedLoginBranding", "DependsOn": "SignIn",
            "Properties": {"UserPoolId": ref("Users"), "ClientId": ref(client), "UseCognitoProvidedValues": True}}
    assert fragments[(OUTPUTS, "SignInUrl")]["Value"] == sub("https://photos.auth.${AWS::Region}.amazoncognito.com")


def test_the_classic_hosted_ui_has_no_branding():
    domain = _domain(managed_login_version=1)
    ids = [f.logical_id for f in emit_domain(domain, _graph(domain)).fragments]
    assert ids == ["SignIn", "SignInUrl"]


def test_a_custom_domain_names_its_certificate_and_its_url_is_its_name():
    arn = "arn:aws:acm:us-east-1:111122223333:certificate/abc"
    domain = _domain(prefix=None, custom_name="auth.example.com", certificate_arn=arn)
    fragments = _by_id(emit_domain(domain, _graph(domain, clients=())))
    assert fragments[(RESOURCES, "SignIn")]["Properties"] == {
        "Domain": "auth.example.com", "UserPoolId": ref("Users"),
        "CustomDomainConfig": {"CertificateArn": arn}, "ManagedLoginVersion": 2}
    assert fragments[(OUTPUTS, "SignInUrl")]["Value"] == "https://auth.example.com"


def _codes(check, graph) -> list[str]:
    domains = {n: r for n, r in graph.stack.resources.items() if r.kind == "UserPoolDomain"}
    return [d.code for d in check(domains, graph.stack, graph)]


def test_a_prefix_follows_cognitos_rules():
    good = ["photos", "a", "my-app-2", "x" * 63]
    bad = ["My-App", "-app", "app-", "my_app", "my.app", "myawsapp", "amazonia", "Cognito", "x" * 64]
    for prefix in good:
        assert _codes(user_pool_domain._names, _graph(_domain(prefix=prefix))) == [], prefix
    for prefix in bad:
        assert _codes(user_pool_domain._names, _graph(_domain(prefix=prefix))) == ["R034"], prefix


def test_managed_login_needs_more_than_the_lite_plan():
    assert _codes(user_pool_domain._managed_login_plan, _graph(_domain(), tier="lite")) == ["R035"]
    assert _codes(user_pool_domain._managed_login_plan, _graph(_domain(managed_login_version=1), tier="lite")) == []
    assert _codes(user_pool_domain._managed_login_plan, _graph(_domain(), tier="essentials")) == []
    assert _codes(user_pool_domain._managed_login_plan, _graph(_domain())) == []


def test_a_pool_has_one_domain():
    graph = _graph(_domain("A"), _domain("B", prefix="other"))
    assert _codes(user_pool_domain._one_per_pool, graph) == ["R036"]


def test_a_custom_domains_certificate_is_in_us_east_1():
    def graph(arn):
        return _graph(_domain(prefix=None, custom_name="auth.example.com", certificate_arn=arn))
    assert _codes(user_pool_domain._certificate_region, graph("arn:aws:acm:eu-west-1:111122223333:certificate/a")) == ["R037"]
    assert _codes(user_pool_domain._certificate_region, graph("arn:aws:acm:us-east-1:111122223333:certificate/a")) == []


def test_a_domain_is_drawn_as_a_parallelogram_with_a_solid_arrow_to_its_pool():
    graph = _graph(_domain(), clients=())
    mermaid = draw.mermaid(graph.stack)
    assert 'n_SignIn[/"SignIn<br/>UserPoolDomain"/]:::userPoolDomain' in mermaid
    assert "n_SignIn --> n_Users" in mermaid and "classDef userPoolDomain" in mermaid
    dot = draw.dot(graph.stack)
    assert '"SignIn" [label="SignIn\\nUserPoolDomain", shape=parallelogram' in dot
    assert '"SignIn" -> "Users";' in dot
