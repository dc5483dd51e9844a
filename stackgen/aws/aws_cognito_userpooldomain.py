"""The compiled check of AWS::Cognito::UserPoolDomain's properties. Generated: do not edit.

Made from stackgen/data/aws/AWS-Cognito-UserPoolDomain.json (see stackgen.properties.checking_schema) by
`python tools/refresh_aws_schemas.py` with fastjsonschema 2.22.3.
"""
# flake8: noqa
# fmt: off

VERSION = "2.22.3"
from ..compiled import Decimal
import re
from ..compiled import JsonSchemaValueException, JsonSchemaValuesException


from ..compiled import OnFirstUse as _OnFirstUse, later as _later

REGEX_PATTERNS = _OnFirstUse({
    '^-?[0-9]+$': _later('^-?[0-9]+\\Z'),
    '^[\\w-]+_[0-9a-zA-Z]+$': _later('^[\\w-]+_[0-9a-zA-Z]+\\Z'),
    '\\{\\{resolve:(ssm|ssm-secure|secretsmanager):': _later('\\{\\{resolve:(ssm|ssm-secure|secretsmanager):'),
    '^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$': _later('^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?\\Z')
})

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "CustomDomainConfig" in data_keys:
            data_keys.remove("CustomDomainConfig")
            data__CustomDomainConfig = data["CustomDomainConfig"]
            validate___definitions_customdomainconfigtype(data__CustomDomainConfig, custom_formats, (name_prefix or "data") + ".CustomDomainConfig")
        if "Domain" in data_keys:
            data_keys.remove("Domain")
            data__Domain = data["Domain"]
            data__Domain_any_of_count1 = 0
            if not data__Domain_any_of_count1:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__Domain, custom_formats, (name_prefix or "data") + ".Domain")
                    data__Domain_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Domain_any_of_count1:
                try:
                    if not isinstance(data__Domain, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Domain must be string or number or boolean")
                    if isinstance(data__Domain, str):
                        data__Domain_len = len(data__Domain)
                        if data__Domain_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Domain must be longer than or equal to 1 characters")
                        if data__Domain_len > 63:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Domain must be shorter than or equal to 63 characters")
                    data__Domain_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Domain_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Domain cannot be validated by any definition")
        if "ManagedLoginVersion" in data_keys:
            data_keys.remove("ManagedLoginVersion")
            data__ManagedLoginVersion = data["ManagedLoginVersion"]
            data__ManagedLoginVersion_any_of_count2 = 0
            if not data__ManagedLoginVersion_any_of_count2:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__ManagedLoginVersion, custom_formats, (name_prefix or "data") + ".ManagedLoginVersion")
                    data__ManagedLoginVersion_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ManagedLoginVersion_any_of_count2:
                try:
                    if not isinstance(data__ManagedLoginVersion, (int, str)) and not (isinstance(data__ManagedLoginVersion, float) and data__ManagedLoginVersion.is_integer()) or isinstance(data__ManagedLoginVersion, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ManagedLoginVersion must be integer or string")
                    if isinstance(data__ManagedLoginVersion, str):
                        if not REGEX_PATTERNS['^-?[0-9]+$'].search(data__ManagedLoginVersion):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ManagedLoginVersion must match pattern ^-?[0-9]+$")
                    data__ManagedLoginVersion_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ManagedLoginVersion_any_of_count2:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ManagedLoginVersion cannot be validated by any definition")
        if "Routing" in data_keys:
            data_keys.remove("Routing")
            data__Routing = data["Routing"]
            validate___definitions_routingtype(data__Routing, custom_formats, (name_prefix or "data") + ".Routing")
        if "UserPoolId" in data_keys:
            data_keys.remove("UserPoolId")
            data__UserPoolId = data["UserPoolId"]
            data__UserPoolId_any_of_count3 = 0
            if not data__UserPoolId_any_of_count3:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__UserPoolId, custom_formats, (name_prefix or "data") + ".UserPoolId")
                    data__UserPoolId_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolId_any_of_count3:
                try:
                    if not isinstance(data__UserPoolId, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolId must be string or number or boolean")
                    if isinstance(data__UserPoolId, str):
                        data__UserPoolId_len = len(data__UserPoolId)
                        if data__UserPoolId_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolId must be longer than or equal to 1 characters")
                        if data__UserPoolId_len > 55:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolId must be shorter than or equal to 55 characters")
                        if not REGEX_PATTERNS['^[\\w-]+_[0-9a-zA-Z]+$'].search(data__UserPoolId):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolId must match pattern ^[\\w-]+_[0-9a-zA-Z]+$")
                    data__UserPoolId_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolId_any_of_count3:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolId cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate___definitions_routingtype(data, custom_formats={}, name_prefix=None):
    data_any_of_count4 = 0
    if not data_any_of_count4:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count4 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count4:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "Failover" in data_keys:
                    data_keys.remove("Failover")
                    data__Failover = data["Failover"]
                    validate___definitions_failovertype(data__Failover, custom_formats, (name_prefix or "data") + ".Failover")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count4 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count4:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_failovertype(data, custom_formats={}, name_prefix=None):
    data_any_of_count5 = 0
    if not data_any_of_count5:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count5 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count5:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['SecondaryRegion', 'PrimaryRoute53HealthCheckId']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
                data_keys = set(data.keys())
                if "PrimaryRoute53HealthCheckId" in data_keys:
                    data_keys.remove("PrimaryRoute53HealthCheckId")
                    data__PrimaryRoute53HealthCheckId = data["PrimaryRoute53HealthCheckId"]
                    data__PrimaryRoute53HealthCheckId_any_of_count6 = 0
                    if not data__PrimaryRoute53HealthCheckId_any_of_count6:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__PrimaryRoute53HealthCheckId, custom_formats, (name_prefix or "data") + ".PrimaryRoute53HealthCheckId")
                            data__PrimaryRoute53HealthCheckId_any_of_count6 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PrimaryRoute53HealthCheckId_any_of_count6:
                        try:
                            if not isinstance(data__PrimaryRoute53HealthCheckId, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".PrimaryRoute53HealthCheckId must be string or number or boolean")
                            if isinstance(data__PrimaryRoute53HealthCheckId, str):
                                data__PrimaryRoute53HealthCheckId_len = len(data__PrimaryRoute53HealthCheckId)
                                if data__PrimaryRoute53HealthCheckId_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PrimaryRoute53HealthCheckId must be longer than or equal to 0 characters")
                                if data__PrimaryRoute53HealthCheckId_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PrimaryRoute53HealthCheckId must be shorter than or equal to 64 characters")
                            data__PrimaryRoute53HealthCheckId_any_of_count6 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PrimaryRoute53HealthCheckId_any_of_count6:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".PrimaryRoute53HealthCheckId cannot be validated by any definition")
                if "SecondaryRegion" in data_keys:
                    data_keys.remove("SecondaryRegion")
                    data__SecondaryRegion = data["SecondaryRegion"]
                    data__SecondaryRegion_any_of_count7 = 0
                    if not data__SecondaryRegion_any_of_count7:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__SecondaryRegion, custom_formats, (name_prefix or "data") + ".SecondaryRegion")
                            data__SecondaryRegion_any_of_count7 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SecondaryRegion_any_of_count7:
                        try:
                            if not isinstance(data__SecondaryRegion, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".SecondaryRegion must be string or number or boolean")
                            if isinstance(data__SecondaryRegion, str):
                                data__SecondaryRegion_len = len(data__SecondaryRegion)
                                if data__SecondaryRegion_len < 5:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SecondaryRegion must be longer than or equal to 5 characters")
                                if data__SecondaryRegion_len > 32:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SecondaryRegion must be shorter than or equal to 32 characters")
                            data__SecondaryRegion_any_of_count7 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SecondaryRegion_any_of_count7:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".SecondaryRegion cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count5 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count5:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_stackgen_cloudformationfunction(data, custom_formats={}, name_prefix=None):
    data_any_of_count8 = 0
    if not data_any_of_count8:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_len = len(data)
                if data_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 properties")
                if data_len > 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain less than or equal to 1 properties")
                if data_len != 0:
                    data_property_names = True
                    for data_key in data:
                        try:
                            if not (isinstance(data_key, str) and data_key == 'Condition' or isinstance(data_key, str) and data_key == 'Fn::And' or isinstance(data_key, str) and data_key == 'Fn::Base64' or isinstance(data_key, str) and data_key == 'Fn::Cidr' or isinstance(data_key, str) and data_key == 'Fn::Equals' or isinstance(data_key, str) and data_key == 'Fn::FindInMap' or isinstance(data_key, str) and data_key == 'Fn::GetAZs' or isinstance(data_key, str) and data_key == 'Fn::GetAtt' or isinstance(data_key, str) and data_key == 'Fn::If' or isinstance(data_key, str) and data_key == 'Fn::ImportValue' or isinstance(data_key, str) and data_key == 'Fn::Join' or isinstance(data_key, str) and data_key == 'Fn::Length' or isinstance(data_key, str) and data_key == 'Fn::Not' or isinstance(data_key, str) and data_key == 'Fn::Or' or isinstance(data_key, str) and data_key == 'Fn::Select' or isinstance(data_key, str) and data_key == 'Fn::Split' or isinstance(data_key, str) and data_key == 'Fn::Sub' or isinstance(data_key, str) and data_key == 'Fn::ToJsonString' or isinstance(data_key, str) and data_key == 'Fn::Transform' or isinstance(data_key, str) and data_key == 'Ref'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['Condition', 'Fn::And', 'Fn::Base64', 'Fn::Cidr', 'Fn::Equals', 'Fn::FindInMap', 'Fn::GetAZs', 'Fn::GetAtt', 'Fn::If', 'Fn::ImportValue', 'Fn::Join', 'Fn::Length', 'Fn::Not', 'Fn::Or', 'Fn::Select', 'Fn::Split', 'Fn::Sub', 'Fn::ToJsonString', 'Fn::Transform', 'Ref']")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data_property_names = False
                    if not data_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be named by propertyName definition")
            data_any_of_count8 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count8:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
            if isinstance(data, str):
                if not REGEX_PATTERNS['\\{\\{resolve:(ssm|ssm-secure|secretsmanager):'].search(data):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern \\{\\{resolve:(ssm|ssm-secure|secretsmanager):")
            data_any_of_count8 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count8:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_customdomainconfigtype(data, custom_formats={}, name_prefix=None):
    data_any_of_count9 = 0
    if not data_any_of_count9:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count9 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count9:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "CertificateArn" in data_keys:
                    data_keys.remove("CertificateArn")
                    data__CertificateArn = data["CertificateArn"]
                    data__CertificateArn_any_of_count10 = 0
                    if not data__CertificateArn_any_of_count10:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__CertificateArn, custom_formats, (name_prefix or "data") + ".CertificateArn")
                            data__CertificateArn_any_of_count10 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__CertificateArn_any_of_count10:
                        try:
                            if not isinstance(data__CertificateArn, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".CertificateArn must be string or number or boolean")
                            if isinstance(data__CertificateArn, str):
                                data__CertificateArn_len = len(data__CertificateArn)
                                if data__CertificateArn_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".CertificateArn must be longer than or equal to 20 characters")
                                if data__CertificateArn_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".CertificateArn must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__CertificateArn):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".CertificateArn must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__CertificateArn_any_of_count10 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__CertificateArn_any_of_count10:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".CertificateArn cannot be validated by any definition")
                if "SecurityPolicy" in data_keys:
                    data_keys.remove("SecurityPolicy")
                    data__SecurityPolicy = data["SecurityPolicy"]
                    data__SecurityPolicy_any_of_count11 = 0
                    if not data__SecurityPolicy_any_of_count11:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__SecurityPolicy, custom_formats, (name_prefix or "data") + ".SecurityPolicy")
                            data__SecurityPolicy_any_of_count11 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SecurityPolicy_any_of_count11:
                        try:
                            if not isinstance(data__SecurityPolicy, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".SecurityPolicy must be string or number or boolean")
                            if not (isinstance(data__SecurityPolicy, str) and data__SecurityPolicy == 'TLS_V1' or isinstance(data__SecurityPolicy, str) and data__SecurityPolicy == 'TLS_V1_2_2021' or isinstance(data__SecurityPolicy, str) and data__SecurityPolicy == 'TLS_V1_3_2025'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".SecurityPolicy must be one of ['TLS_V1', 'TLS_V1_2_2021', 'TLS_V1_3_2025']")
                            data__SecurityPolicy_any_of_count11 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SecurityPolicy_any_of_count11:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".SecurityPolicy cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count9 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count9:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

validate = validate
