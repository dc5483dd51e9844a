"""The compiled check of AWS::Cognito::UserPoolResourceServer's properties. Generated: do not edit.

Made from stackgen/data/aws/AWS-Cognito-UserPoolResourceServer.json (see stackgen.properties.checking_schema) by
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
    '^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$': _later('^[\\x21\\x23-\\x5B\\x5D-\\x7E]+\\Z'),
    '^[\\w\\s+=,.@-]+$': _later('^[\\w\\s+=,.@-]+\\Z'),
    '^[\\w-]+_[0-9a-zA-Z]+$': _later('^[\\w-]+_[0-9a-zA-Z]+\\Z'),
    '^[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+$': _later('^[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+\\Z'),
    '\\{\\{resolve:(ssm|ssm-secure|secretsmanager):': _later('\\{\\{resolve:(ssm|ssm-secure|secretsmanager):')
})

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "Identifier" in data_keys:
            data_keys.remove("Identifier")
            data__Identifier = data["Identifier"]
            data__Identifier_any_of_count1 = 0
            if not data__Identifier_any_of_count1:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__Identifier, custom_formats, (name_prefix or "data") + ".Identifier")
                    data__Identifier_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Identifier_any_of_count1:
                try:
                    if not isinstance(data__Identifier, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Identifier must be string or number or boolean")
                    if isinstance(data__Identifier, str):
                        data__Identifier_len = len(data__Identifier)
                        if data__Identifier_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Identifier must be longer than or equal to 1 characters")
                        if data__Identifier_len > 256:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Identifier must be shorter than or equal to 256 characters")
                        if not REGEX_PATTERNS['^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$'].search(data__Identifier):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Identifier must match pattern ^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$")
                    data__Identifier_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Identifier_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Identifier cannot be validated by any definition")
        if "Name" in data_keys:
            data_keys.remove("Name")
            data__Name = data["Name"]
            data__Name_any_of_count2 = 0
            if not data__Name_any_of_count2:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__Name, custom_formats, (name_prefix or "data") + ".Name")
                    data__Name_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Name_any_of_count2:
                try:
                    if not isinstance(data__Name, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Name must be string or number or boolean")
                    if isinstance(data__Name, str):
                        data__Name_len = len(data__Name)
                        if data__Name_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Name must be longer than or equal to 1 characters")
                        if data__Name_len > 256:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Name must be shorter than or equal to 256 characters")
                        if not REGEX_PATTERNS['^[\\w\\s+=,.@-]+$'].search(data__Name):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Name must match pattern ^[\\w\\s+=,.@-]+$")
                    data__Name_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Name_any_of_count2:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Name cannot be validated by any definition")
        if "Scopes" in data_keys:
            data_keys.remove("Scopes")
            data__Scopes = data["Scopes"]
            data__Scopes_any_of_count3 = 0
            if not data__Scopes_any_of_count3:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__Scopes, custom_formats, (name_prefix or "data") + ".Scopes")
                    data__Scopes_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Scopes_any_of_count3:
                try:
                    if not isinstance(data__Scopes, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Scopes must be array")
                    data__Scopes_is_list = isinstance(data__Scopes, (list, tuple))
                    if data__Scopes_is_list:
                        data__Scopes_len = len(data__Scopes)
                        if data__Scopes_len < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Scopes must contain at least 0 items")
                        if data__Scopes_len > 100:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Scopes must contain less than or equal to 100 items")
                        for data__Scopes_x, data__Scopes_item in enumerate(data__Scopes):
                            validate___definitions_resourceserverscopetype(data__Scopes_item, custom_formats, (name_prefix or "data") + ".Scopes[{data__Scopes_x}]".format(**locals()))
                    data__Scopes_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Scopes_any_of_count3:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Scopes cannot be validated by any definition")
        if "UserPoolId" in data_keys:
            data_keys.remove("UserPoolId")
            data__UserPoolId = data["UserPoolId"]
            data__UserPoolId_any_of_count4 = 0
            if not data__UserPoolId_any_of_count4:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__UserPoolId, custom_formats, (name_prefix or "data") + ".UserPoolId")
                    data__UserPoolId_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolId_any_of_count4:
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
                    data__UserPoolId_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolId_any_of_count4:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolId cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate___definitions_resourceserverscopetype(data, custom_formats={}, name_prefix=None):
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
                data__missing_keys = set(['ScopeDescription', 'ScopeName']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
                data_keys = set(data.keys())
                if "ScopeDescription" in data_keys:
                    data_keys.remove("ScopeDescription")
                    data__ScopeDescription = data["ScopeDescription"]
                    data__ScopeDescription_any_of_count6 = 0
                    if not data__ScopeDescription_any_of_count6:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__ScopeDescription, custom_formats, (name_prefix or "data") + ".ScopeDescription")
                            data__ScopeDescription_any_of_count6 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ScopeDescription_any_of_count6:
                        try:
                            if not isinstance(data__ScopeDescription, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ScopeDescription must be string or number or boolean")
                            if isinstance(data__ScopeDescription, str):
                                data__ScopeDescription_len = len(data__ScopeDescription)
                                if data__ScopeDescription_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ScopeDescription must be longer than or equal to 1 characters")
                                if data__ScopeDescription_len > 256:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ScopeDescription must be shorter than or equal to 256 characters")
                            data__ScopeDescription_any_of_count6 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ScopeDescription_any_of_count6:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ScopeDescription cannot be validated by any definition")
                if "ScopeName" in data_keys:
                    data_keys.remove("ScopeName")
                    data__ScopeName = data["ScopeName"]
                    data__ScopeName_any_of_count7 = 0
                    if not data__ScopeName_any_of_count7:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__ScopeName, custom_formats, (name_prefix or "data") + ".ScopeName")
                            data__ScopeName_any_of_count7 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ScopeName_any_of_count7:
                        try:
                            if not isinstance(data__ScopeName, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ScopeName must be string or number or boolean")
                            if isinstance(data__ScopeName, str):
                                data__ScopeName_len = len(data__ScopeName)
                                if data__ScopeName_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ScopeName must be longer than or equal to 1 characters")
                                if data__ScopeName_len > 256:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ScopeName must be shorter than or equal to 256 characters")
                                if not REGEX_PATTERNS['^[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+$'].search(data__ScopeName):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ScopeName must match pattern ^[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+$")
                            data__ScopeName_any_of_count7 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ScopeName_any_of_count7:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ScopeName cannot be validated by any definition")
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

validate = validate
