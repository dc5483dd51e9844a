"""The compiled check of AWS::Cognito::UserPoolIdentityProvider's properties. Generated: do not edit.

Made from stackgen/data/aws/AWS-Cognito-UserPoolIdentityProvider.json (see stackgen.properties.checking_schema) by
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
    '^([\\w\\s\\w_.:/=+\\-@]*)$': _later('^([\\w\\s\\w_.:/=+\\-@]*)$'),
    '^[\\w\\s+=.@-]+$': _later('^[\\w\\s+=.@-]+\\Z'),
    '^[^_\\s][\\S][^_\\s]+$': _later('^[^_\\s][\\S][^_\\s]+\\Z'),
    '^[\\w-]+_[0-9a-zA-Z]+$': _later('^[\\w-]+_[0-9a-zA-Z]+\\Z'),
    '\\{\\{resolve:(ssm|ssm-secure|secretsmanager):': _later('\\{\\{resolve:(ssm|ssm-secure|secretsmanager):')
})

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "AttributeMapping" in data_keys:
            data_keys.remove("AttributeMapping")
            data__AttributeMapping = data["AttributeMapping"]
            data__AttributeMapping_any_of_count1 = 0
            if not data__AttributeMapping_any_of_count1:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__AttributeMapping, custom_formats, (name_prefix or "data") + ".AttributeMapping")
                    data__AttributeMapping_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AttributeMapping_any_of_count1:
                try:
                    if not isinstance(data__AttributeMapping, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AttributeMapping must be object")
                    data__AttributeMapping_is_dict = isinstance(data__AttributeMapping, dict)
                    if data__AttributeMapping_is_dict:
                        data__AttributeMapping_keys = set(data__AttributeMapping.keys())
                        for data__AttributeMapping_key, data__AttributeMapping_val in data__AttributeMapping.items():
                            if REGEX_PATTERNS['^([\\w\\s\\w_.:/=+\\-@]*)$'].search(data__AttributeMapping_key):
                                if data__AttributeMapping_key in data__AttributeMapping_keys:
                                    data__AttributeMapping_keys.remove(data__AttributeMapping_key)
                                data__AttributeMapping_val_any_of_count2 = 0
                                if not data__AttributeMapping_val_any_of_count2:
                                    try:
                                        validate___definitions_stackgen_cloudformationfunction(data__AttributeMapping_val, custom_formats, (name_prefix or "data") + ".AttributeMapping.{data__AttributeMapping_key}".format(**locals()))
                                        data__AttributeMapping_val_any_of_count2 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__AttributeMapping_val_any_of_count2:
                                    try:
                                        if not isinstance(data__AttributeMapping_val, (str, int, float, Decimal, bool)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AttributeMapping.{data__AttributeMapping_key}".format(**locals()) + " must be string or number or boolean")
                                        data__AttributeMapping_val_any_of_count2 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__AttributeMapping_val_any_of_count2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".AttributeMapping.{data__AttributeMapping_key}".format(**locals()) + " cannot be validated by any definition")
                        if data__AttributeMapping_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AttributeMapping must not contain "+str(data__AttributeMapping_keys)+" properties")
                    data__AttributeMapping_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AttributeMapping_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AttributeMapping cannot be validated by any definition")
        if "IdpIdentifiers" in data_keys:
            data_keys.remove("IdpIdentifiers")
            data__IdpIdentifiers = data["IdpIdentifiers"]
            data__IdpIdentifiers_any_of_count3 = 0
            if not data__IdpIdentifiers_any_of_count3:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__IdpIdentifiers, custom_formats, (name_prefix or "data") + ".IdpIdentifiers")
                    data__IdpIdentifiers_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__IdpIdentifiers_any_of_count3:
                try:
                    if not isinstance(data__IdpIdentifiers, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdpIdentifiers must be array")
                    data__IdpIdentifiers_is_list = isinstance(data__IdpIdentifiers, (list, tuple))
                    if data__IdpIdentifiers_is_list:
                        data__IdpIdentifiers_len = len(data__IdpIdentifiers)
                        if data__IdpIdentifiers_len < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdpIdentifiers must contain at least 0 items")
                        if data__IdpIdentifiers_len > 50:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdpIdentifiers must contain less than or equal to 50 items")
                        for data__IdpIdentifiers_x, data__IdpIdentifiers_item in enumerate(data__IdpIdentifiers):
                            data__IdpIdentifiers_item_any_of_count4 = 0
                            if not data__IdpIdentifiers_item_any_of_count4:
                                try:
                                    validate___definitions_stackgen_cloudformationfunction(data__IdpIdentifiers_item, custom_formats, (name_prefix or "data") + ".IdpIdentifiers[{data__IdpIdentifiers_x}]".format(**locals()))
                                    data__IdpIdentifiers_item_any_of_count4 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__IdpIdentifiers_item_any_of_count4:
                                try:
                                    if not isinstance(data__IdpIdentifiers_item, (str, int, float, Decimal, bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdpIdentifiers[{data__IdpIdentifiers_x}]".format(**locals()) + " must be string or number or boolean")
                                    if isinstance(data__IdpIdentifiers_item, str):
                                        data__IdpIdentifiers_item_len = len(data__IdpIdentifiers_item)
                                        if data__IdpIdentifiers_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdpIdentifiers[{data__IdpIdentifiers_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if data__IdpIdentifiers_item_len > 40:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdpIdentifiers[{data__IdpIdentifiers_x}]".format(**locals()) + " must be shorter than or equal to 40 characters")
                                        if not REGEX_PATTERNS['^[\\w\\s+=.@-]+$'].search(data__IdpIdentifiers_item):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdpIdentifiers[{data__IdpIdentifiers_x}]".format(**locals()) + " must match pattern ^[\\w\\s+=.@-]+$")
                                    data__IdpIdentifiers_item_any_of_count4 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__IdpIdentifiers_item_any_of_count4:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdpIdentifiers[{data__IdpIdentifiers_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__IdpIdentifiers_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__IdpIdentifiers_any_of_count3:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdpIdentifiers cannot be validated by any definition")
        if "ProviderDetails" in data_keys:
            data_keys.remove("ProviderDetails")
            data__ProviderDetails = data["ProviderDetails"]
            data__ProviderDetails_any_of_count5 = 0
            if not data__ProviderDetails_any_of_count5:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__ProviderDetails, custom_formats, (name_prefix or "data") + ".ProviderDetails")
                    data__ProviderDetails_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ProviderDetails_any_of_count5:
                try:
                    if not isinstance(data__ProviderDetails, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ProviderDetails must be object")
                    data__ProviderDetails_is_dict = isinstance(data__ProviderDetails, dict)
                    if data__ProviderDetails_is_dict:
                        data__ProviderDetails_keys = set(data__ProviderDetails.keys())
                        for data__ProviderDetails_key, data__ProviderDetails_val in data__ProviderDetails.items():
                            if REGEX_PATTERNS['^([\\w\\s\\w_.:/=+\\-@]*)$'].search(data__ProviderDetails_key):
                                if data__ProviderDetails_key in data__ProviderDetails_keys:
                                    data__ProviderDetails_keys.remove(data__ProviderDetails_key)
                                data__ProviderDetails_val_any_of_count6 = 0
                                if not data__ProviderDetails_val_any_of_count6:
                                    try:
                                        validate___definitions_stackgen_cloudformationfunction(data__ProviderDetails_val, custom_formats, (name_prefix or "data") + ".ProviderDetails.{data__ProviderDetails_key}".format(**locals()))
                                        data__ProviderDetails_val_any_of_count6 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__ProviderDetails_val_any_of_count6:
                                    try:
                                        if not isinstance(data__ProviderDetails_val, (str, int, float, Decimal, bool)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ProviderDetails.{data__ProviderDetails_key}".format(**locals()) + " must be string or number or boolean")
                                        data__ProviderDetails_val_any_of_count6 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__ProviderDetails_val_any_of_count6:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ProviderDetails.{data__ProviderDetails_key}".format(**locals()) + " cannot be validated by any definition")
                        if data__ProviderDetails_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ProviderDetails must not contain "+str(data__ProviderDetails_keys)+" properties")
                    data__ProviderDetails_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ProviderDetails_any_of_count5:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ProviderDetails cannot be validated by any definition")
        if "ProviderName" in data_keys:
            data_keys.remove("ProviderName")
            data__ProviderName = data["ProviderName"]
            data__ProviderName_any_of_count7 = 0
            if not data__ProviderName_any_of_count7:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__ProviderName, custom_formats, (name_prefix or "data") + ".ProviderName")
                    data__ProviderName_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ProviderName_any_of_count7:
                try:
                    if not isinstance(data__ProviderName, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ProviderName must be string or number or boolean")
                    if isinstance(data__ProviderName, str):
                        data__ProviderName_len = len(data__ProviderName)
                        if data__ProviderName_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ProviderName must be longer than or equal to 1 characters")
                        if data__ProviderName_len > 32:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ProviderName must be shorter than or equal to 32 characters")
                        if not REGEX_PATTERNS['^[^_\\s][\\S][^_\\s]+$'].search(data__ProviderName):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ProviderName must match pattern ^[^_\\s][\\S][^_\\s]+$")
                    data__ProviderName_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ProviderName_any_of_count7:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ProviderName cannot be validated by any definition")
        if "ProviderType" in data_keys:
            data_keys.remove("ProviderType")
            data__ProviderType = data["ProviderType"]
            data__ProviderType_any_of_count8 = 0
            if not data__ProviderType_any_of_count8:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__ProviderType, custom_formats, (name_prefix or "data") + ".ProviderType")
                    data__ProviderType_any_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ProviderType_any_of_count8:
                try:
                    if not isinstance(data__ProviderType, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ProviderType must be string or number or boolean")
                    if not (isinstance(data__ProviderType, str) and data__ProviderType == 'Facebook' or isinstance(data__ProviderType, str) and data__ProviderType == 'Google' or isinstance(data__ProviderType, str) and data__ProviderType == 'LoginWithAmazon' or isinstance(data__ProviderType, str) and data__ProviderType == 'OIDC' or isinstance(data__ProviderType, str) and data__ProviderType == 'SAML' or isinstance(data__ProviderType, str) and data__ProviderType == 'SignInWithApple'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ProviderType must be one of ['Facebook', 'Google', 'LoginWithAmazon', 'OIDC', 'SAML', 'SignInWithApple']")
                    data__ProviderType_any_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ProviderType_any_of_count8:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ProviderType cannot be validated by any definition")
        if "UserPoolId" in data_keys:
            data_keys.remove("UserPoolId")
            data__UserPoolId = data["UserPoolId"]
            data__UserPoolId_any_of_count9 = 0
            if not data__UserPoolId_any_of_count9:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__UserPoolId, custom_formats, (name_prefix or "data") + ".UserPoolId")
                    data__UserPoolId_any_of_count9 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolId_any_of_count9:
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
                    data__UserPoolId_any_of_count9 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolId_any_of_count9:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolId cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate___definitions_stackgen_cloudformationfunction(data, custom_formats={}, name_prefix=None):
    data_any_of_count10 = 0
    if not data_any_of_count10:
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
            data_any_of_count10 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count10:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
            if isinstance(data, str):
                if not REGEX_PATTERNS['\\{\\{resolve:(ssm|ssm-secure|secretsmanager):'].search(data):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern \\{\\{resolve:(ssm|ssm-secure|secretsmanager):")
            data_any_of_count10 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count10:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

validate = validate
