"""The compiled check of AWS::Cognito::UserPoolGroup's properties. Generated: do not edit.

Made from stackgen/data/aws/AWS-Cognito-UserPoolGroup.json (see stackgen.properties.checking_schema) by
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
    '^[\\S]+$': _later('^[\\S]+\\Z'),
    '^-?[0-9]+$': _later('^-?[0-9]+\\Z'),
    '^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$': _later('^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?\\Z'),
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
        if "Description" in data_keys:
            data_keys.remove("Description")
            data__Description = data["Description"]
            data__Description_any_of_count1 = 0
            if not data__Description_any_of_count1:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__Description, custom_formats, (name_prefix or "data") + ".Description")
                    data__Description_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Description_any_of_count1:
                try:
                    if not isinstance(data__Description, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Description must be string or number or boolean")
                    if isinstance(data__Description, str):
                        data__Description_len = len(data__Description)
                        if data__Description_len < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Description must be longer than or equal to 0 characters")
                        if data__Description_len > 2048:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Description must be shorter than or equal to 2048 characters")
                    data__Description_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Description_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Description cannot be validated by any definition")
        if "GroupName" in data_keys:
            data_keys.remove("GroupName")
            data__GroupName = data["GroupName"]
            data__GroupName_any_of_count2 = 0
            if not data__GroupName_any_of_count2:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__GroupName, custom_formats, (name_prefix or "data") + ".GroupName")
                    data__GroupName_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__GroupName_any_of_count2:
                try:
                    if not isinstance(data__GroupName, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".GroupName must be string or number or boolean")
                    if isinstance(data__GroupName, str):
                        data__GroupName_len = len(data__GroupName)
                        if data__GroupName_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".GroupName must be longer than or equal to 1 characters")
                        if data__GroupName_len > 128:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".GroupName must be shorter than or equal to 128 characters")
                        if not REGEX_PATTERNS['^[\\S]+$'].search(data__GroupName):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".GroupName must match pattern ^[\\S]+$")
                    data__GroupName_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__GroupName_any_of_count2:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".GroupName cannot be validated by any definition")
        if "Precedence" in data_keys:
            data_keys.remove("Precedence")
            data__Precedence = data["Precedence"]
            data__Precedence_any_of_count3 = 0
            if not data__Precedence_any_of_count3:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__Precedence, custom_formats, (name_prefix or "data") + ".Precedence")
                    data__Precedence_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Precedence_any_of_count3:
                try:
                    if not isinstance(data__Precedence, (int, str)) and not (isinstance(data__Precedence, float) and data__Precedence.is_integer()) or isinstance(data__Precedence, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Precedence must be integer or string")
                    if isinstance(data__Precedence, str):
                        if not REGEX_PATTERNS['^-?[0-9]+$'].search(data__Precedence):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Precedence must match pattern ^-?[0-9]+$")
                    if isinstance(data__Precedence, (int, float, Decimal)) and not isinstance(data__Precedence, bool):
                        if data__Precedence < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Precedence must be bigger than or equal to 0")
                    data__Precedence_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Precedence_any_of_count3:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Precedence cannot be validated by any definition")
        if "RoleArn" in data_keys:
            data_keys.remove("RoleArn")
            data__RoleArn = data["RoleArn"]
            data__RoleArn_any_of_count4 = 0
            if not data__RoleArn_any_of_count4:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__RoleArn, custom_formats, (name_prefix or "data") + ".RoleArn")
                    data__RoleArn_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__RoleArn_any_of_count4:
                try:
                    if not isinstance(data__RoleArn, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".RoleArn must be string or number or boolean")
                    if isinstance(data__RoleArn, str):
                        data__RoleArn_len = len(data__RoleArn)
                        if data__RoleArn_len < 20:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".RoleArn must be longer than or equal to 20 characters")
                        if data__RoleArn_len > 2048:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".RoleArn must be shorter than or equal to 2048 characters")
                        if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__RoleArn):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".RoleArn must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                    data__RoleArn_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__RoleArn_any_of_count4:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".RoleArn cannot be validated by any definition")
        if "UserPoolId" in data_keys:
            data_keys.remove("UserPoolId")
            data__UserPoolId = data["UserPoolId"]
            data__UserPoolId_any_of_count5 = 0
            if not data__UserPoolId_any_of_count5:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__UserPoolId, custom_formats, (name_prefix or "data") + ".UserPoolId")
                    data__UserPoolId_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolId_any_of_count5:
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
                    data__UserPoolId_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolId_any_of_count5:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolId cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate___definitions_stackgen_cloudformationfunction(data, custom_formats={}, name_prefix=None):
    data_any_of_count6 = 0
    if not data_any_of_count6:
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
            data_any_of_count6 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count6:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
            if isinstance(data, str):
                if not REGEX_PATTERNS['\\{\\{resolve:(ssm|ssm-secure|secretsmanager):'].search(data):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern \\{\\{resolve:(ssm|ssm-secure|secretsmanager):")
            data_any_of_count6 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count6:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

validate = validate
