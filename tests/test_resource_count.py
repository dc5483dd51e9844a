"""The resource count (R005) against the SAM translator's own: event sources and the rest.

Each case is a spec whose functions set ``properties`` that the SAM transform expands (Events
of every type samtranslator knows, AutoPublishAlias, FunctionUrlConfig, DeploymentPreference,
EventInvokeConfig...). It is built by stackgen, counted by :func:`limits.count_resources`, and
translated offline by the real translator (``tests/cfn.py``): the two counts must be equal.
Translator calls only, no cfn-lint, so that the whole file takes a few seconds.
"""

from __future__ import annotations

import pytest

from stackgen import limits
from stackgen.build import build
from stackgen.load import Loaded, parse

import cfn

ARN = "arn:aws:sqs:us-east-1:123456789012:queue"
TOPIC = "arn:aws:sns:us-east-1:123456789012:topic"
SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka"
STREAM = "arn:aws:kinesis:us-east-1:123456789012:stream/s"
#: what a spec cannot declare but an event needs in the template: added to both counts
BUCKET = {"Bucket": {"Type": "AWS::S3::Bucket"}}


def event(kind, **properties):
    """One event source, as flow YAML."""
    body = ", ".join(f"{k}: {v}" for k, v in properties.items())
    return f"{{Type: {kind}" + (f", Properties: {{{body}}}" if properties else "") + "}"


def events(**sources):
    return "Events: {" + ", ".join(f"{name}: {source}" for name, source in sources.items()) + "}"


#: one of each event source type the translator supports, with the variants that change the count
EVENTS = {
    "Api": event("Api", Path="/items", Method="get"),
    "HttpApi catch-all": event("HttpApi"),
    "HttpApi route": event("HttpApi", Path="/items", Method="get"),
    "S3": event("S3", Bucket="!Ref Bucket", Events="'s3:ObjectCreated:*'"),
    "SNS": event("SNS", Topic=TOPIC),
    "SNS to a new queue": event("SNS", Topic=TOPIC, SqsSubscription="true"),
    "SNS to a queue": event("SNS", Topic=TOPIC, SqsSubscription=f"{{QueueArn: '{ARN}', QueueUrl: 'https://q'}}"),
    "SQS": event("SQS", Queue=ARN),
    "Kinesis": event("Kinesis", Stream=STREAM, StartingPosition="LATEST"),
    "DynamoDB": event("DynamoDB", Stream="arn:aws:dynamodb:us-east-1:123456789012:table/t/stream/1",
                      StartingPosition="LATEST"),
    "MSK": event("MSK", Stream="arn:aws:kafka:us-east-1:123456789012:cluster/c/1", StartingPosition="LATEST",
                 Topics="[orders]"),
    "MQ": event("MQ", Broker="arn:aws:mq:us-east-1:123456789012:broker:b:1", Queues="[orders]",
                SourceAccessConfigurations=f"[{{Type: BASIC_AUTH, URI: '{SECRET}'}}]"),
    "SelfManagedKafka": event("SelfManagedKafka", KafkaBootstrapServers="['broker:9092']", Topics="[orders]",
                              SourceAccessConfigurations=f"[{{Type: SASL_SCRAM_512_AUTH, URI: '{SECRET}'}}]"),
    "DocumentDB": event("DocumentDB", Cluster="arn:aws:rds:us-east-1:123456789012:cluster:c", DatabaseName="db",
                        SourceAccessConfigurations=f"[{{Type: BASIC_AUTH, URI: '{SECRET}'}}]"),
    "Schedule": event("Schedule", Schedule="'rate(1 hour)'"),
    "Schedule, dead-letter queue": event("Schedule", Schedule="'rate(1 hour)'", DeadLetterConfig="{Type: SQS}"),
    "Schedule, dead-letter ARN": event("Schedule", Schedule="'rate(1 hour)'", DeadLetterConfig=f"{{Arn: '{ARN}'}}"),
    "ScheduleV2": event("ScheduleV2", ScheduleExpression="'rate(1 hour)'"),
    "ScheduleV2, own role": event("ScheduleV2", ScheduleExpression="'rate(1 hour)'",
                                  RoleArn="'arn:aws:iam::123456789012:role/scheduler'"),
    "ScheduleV2, dead-letter queue": event("ScheduleV2", ScheduleExpression="'rate(1 hour)'",
                                           DeadLetterConfig="{Type: SQS}"),
    "CloudWatchEvent": event("CloudWatchEvent", Pattern="{source: [aws.ec2]}"),
    "CloudWatchEvent, dead-letter queue": event("CloudWatchEvent", Pattern="{source: [aws.ec2]}",
                                                DeadLetterConfig="{Type: SQS}"),
    "EventBridgeRule": event("EventBridgeRule", Pattern="{source: [aws.ec2]}"),
    "EventBridgeRule, dead-letter queue": event("EventBridgeRule", Pattern="{source: [aws.ec2]}",
                                                DeadLetterConfig="{Type: SQS}"),
    "CloudWatchLogs": event("CloudWatchLogs", LogGroupName="app", FilterPattern="ERROR"),
    "IoTRule": event("IoTRule", Sql="\"SELECT * FROM 'sensors'\""),
    "AlexaSkill": event("AlexaSkill"),
    "Cognito": event("Cognito", UserPool="!Ref Users", Trigger="PostConfirmation"),
}


def covered_types():
    return {source.split(",")[0][len("{Type: "):].rstrip("}") for source in EVENTS.values()}


def test_every_event_source_type_of_the_translator_is_in_the_table_and_in_a_case():
    from samtranslator.model.sam_resources import SamFunction

    known = set(SamFunction.event_resolver.resource_types) - {None}  # None: the abstract base
    assert set(limits.EVENT_SOURCES) == known
    assert covered_types() == known


def spec(**functions):
    """A pool and the functions given (name -> flow YAML of the properties; ``edge:`` first
    for an EdgeFunction)."""
    lines = ["resources:", "  Users: {type: UserPool}"]
    for name, properties in functions.items():
        kind = "EdgeFunction" if properties.startswith("edge:") else "Function"
        properties = properties.removeprefix("edge:")
        lines.append(f"  {name}: {{type: {kind}" + (f", properties: {{{properties}}}" if properties else "") + "}")
    if any("!If [Always," in properties for properties in functions.values()):
        lines[:0] = [CONDITIONS]
    return "\n".join(lines) + "\n"


#: the condition the tests' `!If [Always, ...]` name
CONDITIONS = "conditions: {Always: !Equals [a, a]}"


@pytest.fixture
def both_counts(tmp_path, monkeypatch):
    """(count_resources, the translator's count) of the template stackgen builds of a spec's
    text, with ``BUCKET`` added to both."""
    from stackgen import references, verify

    # a spec cannot declare the bucket that the S3 events' `!Ref Bucket` names: the references
    # check and the self-check see it as if the template had it
    check, refs = verify.verify, references.check
    monkeypatch.setattr(verify, "verify", lambda template, carried=(): check(
        {**template, "Resources": {**template["Resources"], **BUCKET}}, carried))
    monkeypatch.setattr(references, "check", lambda stack, template: refs(
        stack, {**template, "Resources": {**template["Resources"], **BUCKET}}))

    def counts(text):
        path = tmp_path / "spec.yaml"
        path.write_text(text)
        result = build(str(path))
        assert result.text is not None, [d.message for d in result.diagnostics]
        template = parse(result.text, Loaded("template.yaml")).data
        template["Resources"].update(BUCKET)
        return limits.count_resources(template), len(cfn.translate(result.text, BUCKET)["Resources"])

    return counts


@pytest.mark.parametrize("name", EVENTS)
def test_each_event_source_counts_what_the_translator_makes(both_counts, name):
    counted, translated = both_counts(spec(F=events(E=EVENTS[name])))
    assert counted == translated


def test_every_event_source_on_one_function(both_counts):
    sources = {f"E{i}": source for i, source in enumerate(EVENTS.values())}
    counted, translated = both_counts(spec(F=events(**sources)))
    assert counted == translated


API = EVENTS["Api"]
HTTP_ALL, HTTP_ROUTE = EVENTS["HttpApi catch-all"], EVENTS["HttpApi route"]
COGNITO = EVENTS["Cognito"]
PREFERENCE = "DeploymentPreference: {Type: AllAtOnce}"

COMBINATIONS = {
    # the implicit APIs are made once per stack, whichever functions' events call for them
    "one implicit REST API for two functions": dict(F=events(A=API), G=events(A=event("Api", Path="/x", Method="post"))),
    "one implicit REST API for two events": dict(F=events(A=API, B=event("Api", Path="/x", Method="any"))),
    "a REST and an HTTP API": dict(F=events(A=API, B=HTTP_ROUTE), G=events(C=HTTP_ALL)),
    "one implicit HTTP API for two functions": dict(F=events(A=HTTP_ROUTE), G=events(A=event("HttpApi", Path="/x", Method="post"))),
    # a function's catch-all route covers its other routes: no permission for them...
    "HttpApi catch-all and routes": dict(F=events(A=HTTP_ALL, B=HTTP_ROUTE, C=event("HttpApi", Path="/x", Method="put"))),
    "HttpApi $default ANY and a route": dict(F=events(A=event("HttpApi", Path="$default", Method="ANY"), B=HTTP_ROUTE)),
    "HttpApi $default GET and a route": dict(F=events(A=event("HttpApi", Path="$default", Method="get"), B=HTTP_ROUTE)),
    # ...but not another function's, nor through an alias
    "HttpApi catch-all of another function": dict(F=events(A=HTTP_ALL), G=events(B=HTTP_ROUTE)),
    "HttpApi catch-all and a route, alias": dict(F="AutoPublishAlias: live, " + events(A=HTTP_ALL, B=HTTP_ROUTE)),
    "two Cognito events, one permission": dict(F=events(A=COGNITO, B=event("Cognito", UserPool="!Ref Users",
                                                                           Trigger="[PreSignUp, CustomMessage]"))),
    "Cognito events of two functions": dict(F=events(A=COGNITO), G=events(B=event("Cognito", UserPool="!Ref Users",
                                                                                  Trigger="PreSignUp"))),
    "an alias and events": dict(F="AutoPublishAlias: live, " + events(A=API, B=COGNITO, C=EVENTS["SNS"])),
    "an edge function with an event": dict(V="edge:" + events(A=EVENTS["SQS"])),
    "a public function URL": dict(F="FunctionUrlConfig: {AuthType: NONE}"),
    "an IAM function URL": dict(F="FunctionUrlConfig: {AuthType: AWS_IAM}"),
    "a public function URL on an alias": dict(F="AutoPublishAlias: live, FunctionUrlConfig: {AuthType: NONE}"),
    "provisioned concurrency": dict(F="AutoPublishAlias: live, ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 2}"),
    "deployment preferences": dict(F="AutoPublishAlias: live, " + PREFERENCE, G="AutoPublishAlias: live, " + PREFERENCE),
    "a deployment preference with its own role": dict(
        F="AutoPublishAlias: live, DeploymentPreference: {Type: Linear10PercentEvery1Minute, "
          "Role: 'arn:aws:iam::123456789012:role/deploy'}"),
    "deployment preferences, one with its own role": dict(
        F="AutoPublishAlias: live, DeploymentPreference: {Type: AllAtOnce, Role: 'arn:aws:iam::123456789012:role/d'}",
        G="AutoPublishAlias: live, " + PREFERENCE),
    "a disabled deployment preference": dict(F="AutoPublishAlias: live, DeploymentPreference: {Type: AllAtOnce, Enabled: false}"),
    "an edge function's deployment preference": dict(V="edge:" + PREFERENCE),
    "event invoke config": dict(F="EventInvokeConfig: {MaximumRetryAttempts: 1}"),
    "event invoke config, new destinations": dict(
        F="EventInvokeConfig: {DestinationConfig: {OnSuccess: {Type: SQS}, OnFailure: {Type: SNS}}}"),
    "event invoke config, given destinations": dict(
        F=f"EventInvokeConfig: {{DestinationConfig: {{OnSuccess: {{Type: SQS, Destination: '{ARN}'}}, "
          f"OnFailure: {{Type: SNS, Destination: '{TOPIC}'}}}}}}"),
    "event invoke config, conditional destination": dict(
        F=f"EventInvokeConfig: {{DestinationConfig: {{OnSuccess: {{Type: SQS, "
          f"Destination: !If [Always, !Ref 'AWS::NoValue', '{ARN}']}}}}}}"),
    "event invoke config on an alias": dict(F="AutoPublishAlias: live, EventInvokeConfig: {DestinationConfig: {OnFailure: {Type: SQS}}}"),
    "a dead-letter queue": dict(F=f"DeadLetterQueue: {{Type: SQS, TargetArn: '{ARN}'}}"),
    "empty properties that add nothing": dict(F="Events: {}, FunctionUrlConfig: {}, EventInvokeConfig: {}, "
                                                "DeploymentPreference: {}"),
}


@pytest.mark.parametrize("name", COMBINATIONS)
def test_combinations_count_what_the_translator_makes(both_counts, name):
    counted, translated = both_counts(spec(**COMBINATIONS[name]))
    assert counted == translated


def test_a_stack_under_the_limit_before_its_event_sources_is_over_it_after(tmp_path):
    """The issue's case: counted at 481 before (a role and one resource per event), 641 as the
    transform makes it (an SNS event is a subscription and a permission, as translated above)."""
    functions = {f"F{i:03d}": events(Orders=EVENTS["SNS"]) for i in range(160)}
    path = tmp_path / "spec.yaml"
    path.write_text(spec(**functions))
    [too_many] = build(str(path)).diagnostics
    assert too_many.code == "R005"
    assert "the template has 641 resources" in too_many.message


def test_a_count_that_is_only_the_least_says_so(tmp_path):
    functions = {f"F{i:03d}": "" for i in range(250)}
    functions["F000"] = "Events: !If [Always, {A: {Type: SQS, Properties: {Queue: q}}}, {}]"
    path = tmp_path / "spec.yaml"
    path.write_text(spec(**functions))
    [too_many] = build(str(path)).diagnostics
    assert too_many.code == "R005"
    assert "at least 501 resources" in too_many.message and "intrinsics" in too_many.message


#: carried SAM types, each expanded by the transform: what the count adds must be what it makes
CARRIED = {
    "api": "  Api: {type: AWS::Serverless::Api, properties: {StageName: prod}}",
    "http-api": "  Http: {type: AWS::Serverless::HttpApi}",
    "table-and-layer": ("  Table: {type: AWS::Serverless::SimpleTable}\n"
                        "  Layer: {type: AWS::Serverless::LayerVersion, properties: {ContentUri: s3://bucket/layer.zip}}"),
}


@pytest.mark.parametrize("name", CARRIED)
def test_a_carried_sam_resource_counts_what_the_translator_makes(both_counts, name):
    ours, theirs = both_counts(spec(Check="") + CARRIED[name] + "\n")
    assert ours == theirs
