"""The compiled check of AWS::Cognito::UserPool's properties. Generated: do not edit.

Made from stackgen/data/aws/AWS-Cognito-UserPool.json (see stackgen.properties.checking_schema) by
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
    '^[\\S\\s*]*\\{####\\}[\\S\\s*]*$': _later('^[\\S\\s*]*\\{####\\}[\\S\\s*]*\\Z'),
    '^[\\S\\s]+$': _later('^[\\S\\s]+\\Z'),
    '\\{####\\}': _later('\\{####\\}'),
    '^([\\w\\s\\w_.:/=+\\-@]*)$': _later('^([\\w\\s\\w_.:/=+\\-@]*)$'),
    '^[\\S\\s*]*\\{##[\\S\\s*]*##\\}[\\S\\s*]*$': _later('^[\\S\\s*]*\\{##[\\S\\s*]*##\\}[\\S\\s*]*\\Z'),
    '^(true|false|True|False)$': _later('^(true|false|True|False)\\Z'),
    '^(arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?)?$': _later('^(arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?)?\\Z'),
    '^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$': _later('^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?\\Z'),
    '^[\\S]+$': _later('^[\\S]+\\Z'),
    '^-?[0-9]+$': _later('^-?[0-9]+\\Z'),
    'arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?': _later('arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?'),
    '^[a-zA-Z0-9_-]+$': _later('^[a-zA-Z0-9_-]+\\Z'),
    '^[\\S]+@[\\S]+$': _later('^[\\S]+@[\\S]+\\Z'),
    '\\{\\{resolve:(ssm|ssm-secure|secretsmanager):': _later('\\{\\{resolve:(ssm|ssm-secure|secretsmanager):'),
    '^[\\S\\s*]*$': _later('^[\\S\\s*]*\\Z'),
    '(?s)^': _later('(?s)^', re.S)
})

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "AccountRecoverySetting" in data_keys:
            data_keys.remove("AccountRecoverySetting")
            data__AccountRecoverySetting = data["AccountRecoverySetting"]
            validate___definitions_accountrecoverysetting(data__AccountRecoverySetting, custom_formats, (name_prefix or "data") + ".AccountRecoverySetting")
        if "AdminCreateUserConfig" in data_keys:
            data_keys.remove("AdminCreateUserConfig")
            data__AdminCreateUserConfig = data["AdminCreateUserConfig"]
            validate___definitions_admincreateuserconfig(data__AdminCreateUserConfig, custom_formats, (name_prefix or "data") + ".AdminCreateUserConfig")
        if "AliasAttributes" in data_keys:
            data_keys.remove("AliasAttributes")
            data__AliasAttributes = data["AliasAttributes"]
            data__AliasAttributes_any_of_count1 = 0
            if not data__AliasAttributes_any_of_count1:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__AliasAttributes, custom_formats, (name_prefix or "data") + ".AliasAttributes")
                    data__AliasAttributes_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AliasAttributes_any_of_count1:
                try:
                    if not isinstance(data__AliasAttributes, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AliasAttributes must be array")
                    data__AliasAttributes_is_list = isinstance(data__AliasAttributes, (list, tuple))
                    if data__AliasAttributes_is_list:
                        data__AliasAttributes_len = len(data__AliasAttributes)
                        for data__AliasAttributes_x, data__AliasAttributes_item in enumerate(data__AliasAttributes):
                            data__AliasAttributes_item_any_of_count2 = 0
                            if not data__AliasAttributes_item_any_of_count2:
                                try:
                                    validate___definitions_stackgen_cloudformationfunction(data__AliasAttributes_item, custom_formats, (name_prefix or "data") + ".AliasAttributes[{data__AliasAttributes_x}]".format(**locals()))
                                    data__AliasAttributes_item_any_of_count2 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__AliasAttributes_item_any_of_count2:
                                try:
                                    if not isinstance(data__AliasAttributes_item, (str, int, float, Decimal, bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AliasAttributes[{data__AliasAttributes_x}]".format(**locals()) + " must be string or number or boolean")
                                    if not (isinstance(data__AliasAttributes_item, str) and data__AliasAttributes_item == 'email' or isinstance(data__AliasAttributes_item, str) and data__AliasAttributes_item == 'phone_number' or isinstance(data__AliasAttributes_item, str) and data__AliasAttributes_item == 'preferred_username'):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AliasAttributes[{data__AliasAttributes_x}]".format(**locals()) + " must be one of ['email', 'phone_number', 'preferred_username']")
                                    data__AliasAttributes_item_any_of_count2 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__AliasAttributes_item_any_of_count2:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AliasAttributes[{data__AliasAttributes_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__AliasAttributes_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AliasAttributes_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AliasAttributes cannot be validated by any definition")
        if "AutoVerifiedAttributes" in data_keys:
            data_keys.remove("AutoVerifiedAttributes")
            data__AutoVerifiedAttributes = data["AutoVerifiedAttributes"]
            data__AutoVerifiedAttributes_any_of_count3 = 0
            if not data__AutoVerifiedAttributes_any_of_count3:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__AutoVerifiedAttributes, custom_formats, (name_prefix or "data") + ".AutoVerifiedAttributes")
                    data__AutoVerifiedAttributes_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AutoVerifiedAttributes_any_of_count3:
                try:
                    if not isinstance(data__AutoVerifiedAttributes, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AutoVerifiedAttributes must be array")
                    data__AutoVerifiedAttributes_is_list = isinstance(data__AutoVerifiedAttributes, (list, tuple))
                    if data__AutoVerifiedAttributes_is_list:
                        data__AutoVerifiedAttributes_len = len(data__AutoVerifiedAttributes)
                        for data__AutoVerifiedAttributes_x, data__AutoVerifiedAttributes_item in enumerate(data__AutoVerifiedAttributes):
                            data__AutoVerifiedAttributes_item_any_of_count4 = 0
                            if not data__AutoVerifiedAttributes_item_any_of_count4:
                                try:
                                    validate___definitions_stackgen_cloudformationfunction(data__AutoVerifiedAttributes_item, custom_formats, (name_prefix or "data") + ".AutoVerifiedAttributes[{data__AutoVerifiedAttributes_x}]".format(**locals()))
                                    data__AutoVerifiedAttributes_item_any_of_count4 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__AutoVerifiedAttributes_item_any_of_count4:
                                try:
                                    if not isinstance(data__AutoVerifiedAttributes_item, (str, int, float, Decimal, bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AutoVerifiedAttributes[{data__AutoVerifiedAttributes_x}]".format(**locals()) + " must be string or number or boolean")
                                    if not (isinstance(data__AutoVerifiedAttributes_item, str) and data__AutoVerifiedAttributes_item == 'email' or isinstance(data__AutoVerifiedAttributes_item, str) and data__AutoVerifiedAttributes_item == 'phone_number'):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AutoVerifiedAttributes[{data__AutoVerifiedAttributes_x}]".format(**locals()) + " must be one of ['email', 'phone_number']")
                                    data__AutoVerifiedAttributes_item_any_of_count4 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__AutoVerifiedAttributes_item_any_of_count4:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AutoVerifiedAttributes[{data__AutoVerifiedAttributes_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__AutoVerifiedAttributes_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AutoVerifiedAttributes_any_of_count3:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AutoVerifiedAttributes cannot be validated by any definition")
        if "DeletionProtection" in data_keys:
            data_keys.remove("DeletionProtection")
            data__DeletionProtection = data["DeletionProtection"]
            data__DeletionProtection_any_of_count5 = 0
            if not data__DeletionProtection_any_of_count5:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__DeletionProtection, custom_formats, (name_prefix or "data") + ".DeletionProtection")
                    data__DeletionProtection_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__DeletionProtection_any_of_count5:
                try:
                    if not isinstance(data__DeletionProtection, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".DeletionProtection must be string or number or boolean")
                    if not (isinstance(data__DeletionProtection, str) and data__DeletionProtection == 'ACTIVE' or isinstance(data__DeletionProtection, str) and data__DeletionProtection == 'INACTIVE'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".DeletionProtection must be one of ['ACTIVE', 'INACTIVE']")
                    data__DeletionProtection_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__DeletionProtection_any_of_count5:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".DeletionProtection cannot be validated by any definition")
        if "DeviceConfiguration" in data_keys:
            data_keys.remove("DeviceConfiguration")
            data__DeviceConfiguration = data["DeviceConfiguration"]
            validate___definitions_deviceconfiguration(data__DeviceConfiguration, custom_formats, (name_prefix or "data") + ".DeviceConfiguration")
        if "EmailAuthenticationMessage" in data_keys:
            data_keys.remove("EmailAuthenticationMessage")
            data__EmailAuthenticationMessage = data["EmailAuthenticationMessage"]
            data__EmailAuthenticationMessage_any_of_count6 = 0
            if not data__EmailAuthenticationMessage_any_of_count6:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__EmailAuthenticationMessage, custom_formats, (name_prefix or "data") + ".EmailAuthenticationMessage")
                    data__EmailAuthenticationMessage_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EmailAuthenticationMessage_any_of_count6:
                try:
                    if not isinstance(data__EmailAuthenticationMessage, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailAuthenticationMessage must be string or number or boolean")
                    if isinstance(data__EmailAuthenticationMessage, str):
                        data__EmailAuthenticationMessage_len = len(data__EmailAuthenticationMessage)
                        if data__EmailAuthenticationMessage_len < 6:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailAuthenticationMessage must be longer than or equal to 6 characters")
                        if data__EmailAuthenticationMessage_len > 20000:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailAuthenticationMessage must be shorter than or equal to 20000 characters")
                    data__EmailAuthenticationMessage_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EmailAuthenticationMessage_any_of_count6:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailAuthenticationMessage cannot be validated by any definition")
        if "EmailAuthenticationSubject" in data_keys:
            data_keys.remove("EmailAuthenticationSubject")
            data__EmailAuthenticationSubject = data["EmailAuthenticationSubject"]
            data__EmailAuthenticationSubject_any_of_count7 = 0
            if not data__EmailAuthenticationSubject_any_of_count7:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__EmailAuthenticationSubject, custom_formats, (name_prefix or "data") + ".EmailAuthenticationSubject")
                    data__EmailAuthenticationSubject_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EmailAuthenticationSubject_any_of_count7:
                try:
                    if not isinstance(data__EmailAuthenticationSubject, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailAuthenticationSubject must be string or number or boolean")
                    if isinstance(data__EmailAuthenticationSubject, str):
                        data__EmailAuthenticationSubject_len = len(data__EmailAuthenticationSubject)
                        if data__EmailAuthenticationSubject_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailAuthenticationSubject must be longer than or equal to 1 characters")
                        if data__EmailAuthenticationSubject_len > 140:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailAuthenticationSubject must be shorter than or equal to 140 characters")
                    data__EmailAuthenticationSubject_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EmailAuthenticationSubject_any_of_count7:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailAuthenticationSubject cannot be validated by any definition")
        if "EmailConfiguration" in data_keys:
            data_keys.remove("EmailConfiguration")
            data__EmailConfiguration = data["EmailConfiguration"]
            validate___definitions_emailconfiguration(data__EmailConfiguration, custom_formats, (name_prefix or "data") + ".EmailConfiguration")
        if "EmailVerificationMessage" in data_keys:
            data_keys.remove("EmailVerificationMessage")
            data__EmailVerificationMessage = data["EmailVerificationMessage"]
            data__EmailVerificationMessage_any_of_count8 = 0
            if not data__EmailVerificationMessage_any_of_count8:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__EmailVerificationMessage, custom_formats, (name_prefix or "data") + ".EmailVerificationMessage")
                    data__EmailVerificationMessage_any_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EmailVerificationMessage_any_of_count8:
                try:
                    if not isinstance(data__EmailVerificationMessage, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailVerificationMessage must be string or number or boolean")
                    if isinstance(data__EmailVerificationMessage, str):
                        data__EmailVerificationMessage_len = len(data__EmailVerificationMessage)
                        if data__EmailVerificationMessage_len < 6:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailVerificationMessage must be longer than or equal to 6 characters")
                        if data__EmailVerificationMessage_len > 20000:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailVerificationMessage must be shorter than or equal to 20000 characters")
                        if not REGEX_PATTERNS['^[\\S\\s*]*\\{####\\}[\\S\\s*]*$'].search(data__EmailVerificationMessage):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailVerificationMessage must match pattern ^[\\S\\s*]*\\{####\\}[\\S\\s*]*$")
                    data__EmailVerificationMessage_any_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EmailVerificationMessage_any_of_count8:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailVerificationMessage cannot be validated by any definition")
        if "EmailVerificationSubject" in data_keys:
            data_keys.remove("EmailVerificationSubject")
            data__EmailVerificationSubject = data["EmailVerificationSubject"]
            data__EmailVerificationSubject_any_of_count9 = 0
            if not data__EmailVerificationSubject_any_of_count9:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__EmailVerificationSubject, custom_formats, (name_prefix or "data") + ".EmailVerificationSubject")
                    data__EmailVerificationSubject_any_of_count9 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EmailVerificationSubject_any_of_count9:
                try:
                    if not isinstance(data__EmailVerificationSubject, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailVerificationSubject must be string or number or boolean")
                    if isinstance(data__EmailVerificationSubject, str):
                        data__EmailVerificationSubject_len = len(data__EmailVerificationSubject)
                        if data__EmailVerificationSubject_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailVerificationSubject must be longer than or equal to 1 characters")
                        if data__EmailVerificationSubject_len > 140:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailVerificationSubject must be shorter than or equal to 140 characters")
                        if not REGEX_PATTERNS['^[\\S\\s]+$'].search(data__EmailVerificationSubject):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailVerificationSubject must match pattern ^[\\S\\s]+$")
                    data__EmailVerificationSubject_any_of_count9 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EmailVerificationSubject_any_of_count9:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailVerificationSubject cannot be validated by any definition")
        if "EnabledMfas" in data_keys:
            data_keys.remove("EnabledMfas")
            data__EnabledMfas = data["EnabledMfas"]
            data__EnabledMfas_any_of_count10 = 0
            if not data__EnabledMfas_any_of_count10:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__EnabledMfas, custom_formats, (name_prefix or "data") + ".EnabledMfas")
                    data__EnabledMfas_any_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EnabledMfas_any_of_count10:
                try:
                    if not isinstance(data__EnabledMfas, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EnabledMfas must be array")
                    data__EnabledMfas_is_list = isinstance(data__EnabledMfas, (list, tuple))
                    if data__EnabledMfas_is_list:
                        data__EnabledMfas_len = len(data__EnabledMfas)
                        for data__EnabledMfas_x, data__EnabledMfas_item in enumerate(data__EnabledMfas):
                            data__EnabledMfas_item_any_of_count11 = 0
                            if not data__EnabledMfas_item_any_of_count11:
                                try:
                                    validate___definitions_stackgen_cloudformationfunction(data__EnabledMfas_item, custom_formats, (name_prefix or "data") + ".EnabledMfas[{data__EnabledMfas_x}]".format(**locals()))
                                    data__EnabledMfas_item_any_of_count11 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__EnabledMfas_item_any_of_count11:
                                try:
                                    if not isinstance(data__EnabledMfas_item, (str, int, float, Decimal, bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EnabledMfas[{data__EnabledMfas_x}]".format(**locals()) + " must be string or number or boolean")
                                    data__EnabledMfas_item_any_of_count11 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__EnabledMfas_item_any_of_count11:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EnabledMfas[{data__EnabledMfas_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__EnabledMfas_any_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EnabledMfas_any_of_count10:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EnabledMfas cannot be validated by any definition")
        if "IssuerConfiguration" in data_keys:
            data_keys.remove("IssuerConfiguration")
            data__IssuerConfiguration = data["IssuerConfiguration"]
            validate___definitions_issuerconfiguration(data__IssuerConfiguration, custom_formats, (name_prefix or "data") + ".IssuerConfiguration")
        if "KeyConfiguration" in data_keys:
            data_keys.remove("KeyConfiguration")
            data__KeyConfiguration = data["KeyConfiguration"]
            validate___definitions_keyconfiguration(data__KeyConfiguration, custom_formats, (name_prefix or "data") + ".KeyConfiguration")
        if "LambdaConfig" in data_keys:
            data_keys.remove("LambdaConfig")
            data__LambdaConfig = data["LambdaConfig"]
            validate___definitions_lambdaconfig(data__LambdaConfig, custom_formats, (name_prefix or "data") + ".LambdaConfig")
        if "MfaConfiguration" in data_keys:
            data_keys.remove("MfaConfiguration")
            data__MfaConfiguration = data["MfaConfiguration"]
            data__MfaConfiguration_any_of_count12 = 0
            if not data__MfaConfiguration_any_of_count12:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__MfaConfiguration, custom_formats, (name_prefix or "data") + ".MfaConfiguration")
                    data__MfaConfiguration_any_of_count12 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__MfaConfiguration_any_of_count12:
                try:
                    if not isinstance(data__MfaConfiguration, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".MfaConfiguration must be string or number or boolean")
                    if not (isinstance(data__MfaConfiguration, str) and data__MfaConfiguration == 'OFF' or isinstance(data__MfaConfiguration, str) and data__MfaConfiguration == 'ON' or isinstance(data__MfaConfiguration, str) and data__MfaConfiguration == 'OPTIONAL'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".MfaConfiguration must be one of ['OFF', 'ON', 'OPTIONAL']")
                    data__MfaConfiguration_any_of_count12 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__MfaConfiguration_any_of_count12:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".MfaConfiguration cannot be validated by any definition")
        if "Policies" in data_keys:
            data_keys.remove("Policies")
            data__Policies = data["Policies"]
            validate___definitions_policies(data__Policies, custom_formats, (name_prefix or "data") + ".Policies")
        if "Schema" in data_keys:
            data_keys.remove("Schema")
            data__Schema = data["Schema"]
            data__Schema_any_of_count13 = 0
            if not data__Schema_any_of_count13:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__Schema, custom_formats, (name_prefix or "data") + ".Schema")
                    data__Schema_any_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Schema_any_of_count13:
                try:
                    if not isinstance(data__Schema, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Schema must be array")
                    data__Schema_is_list = isinstance(data__Schema, (list, tuple))
                    if data__Schema_is_list:
                        data__Schema_len = len(data__Schema)
                        if data__Schema_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Schema must contain at least 1 items")
                        if data__Schema_len > 50:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".Schema must contain less than or equal to 50 items")
                        for data__Schema_x, data__Schema_item in enumerate(data__Schema):
                            validate___definitions_schemaattribute(data__Schema_item, custom_formats, (name_prefix or "data") + ".Schema[{data__Schema_x}]".format(**locals()))
                    data__Schema_any_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__Schema_any_of_count13:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Schema cannot be validated by any definition")
        if "SmsAuthenticationMessage" in data_keys:
            data_keys.remove("SmsAuthenticationMessage")
            data__SmsAuthenticationMessage = data["SmsAuthenticationMessage"]
            data__SmsAuthenticationMessage_any_of_count14 = 0
            if not data__SmsAuthenticationMessage_any_of_count14:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__SmsAuthenticationMessage, custom_formats, (name_prefix or "data") + ".SmsAuthenticationMessage")
                    data__SmsAuthenticationMessage_any_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__SmsAuthenticationMessage_any_of_count14:
                try:
                    if not isinstance(data__SmsAuthenticationMessage, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsAuthenticationMessage must be string or number or boolean")
                    if isinstance(data__SmsAuthenticationMessage, str):
                        data__SmsAuthenticationMessage_len = len(data__SmsAuthenticationMessage)
                        if data__SmsAuthenticationMessage_len < 6:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsAuthenticationMessage must be longer than or equal to 6 characters")
                        if data__SmsAuthenticationMessage_len > 140:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsAuthenticationMessage must be shorter than or equal to 140 characters")
                        if not REGEX_PATTERNS['\\{####\\}'].search(data__SmsAuthenticationMessage):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsAuthenticationMessage must match pattern \\{####\\}")
                    data__SmsAuthenticationMessage_any_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__SmsAuthenticationMessage_any_of_count14:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsAuthenticationMessage cannot be validated by any definition")
        if "SmsConfiguration" in data_keys:
            data_keys.remove("SmsConfiguration")
            data__SmsConfiguration = data["SmsConfiguration"]
            validate___definitions_smsconfiguration(data__SmsConfiguration, custom_formats, (name_prefix or "data") + ".SmsConfiguration")
        if "SmsVerificationMessage" in data_keys:
            data_keys.remove("SmsVerificationMessage")
            data__SmsVerificationMessage = data["SmsVerificationMessage"]
            data__SmsVerificationMessage_any_of_count15 = 0
            if not data__SmsVerificationMessage_any_of_count15:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__SmsVerificationMessage, custom_formats, (name_prefix or "data") + ".SmsVerificationMessage")
                    data__SmsVerificationMessage_any_of_count15 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__SmsVerificationMessage_any_of_count15:
                try:
                    if not isinstance(data__SmsVerificationMessage, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsVerificationMessage must be string or number or boolean")
                    if isinstance(data__SmsVerificationMessage, str):
                        data__SmsVerificationMessage_len = len(data__SmsVerificationMessage)
                        if data__SmsVerificationMessage_len < 6:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsVerificationMessage must be longer than or equal to 6 characters")
                        if data__SmsVerificationMessage_len > 140:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsVerificationMessage must be shorter than or equal to 140 characters")
                        if not REGEX_PATTERNS['\\{####\\}'].search(data__SmsVerificationMessage):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsVerificationMessage must match pattern \\{####\\}")
                    data__SmsVerificationMessage_any_of_count15 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__SmsVerificationMessage_any_of_count15:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsVerificationMessage cannot be validated by any definition")
        if "UserAttributeUpdateSettings" in data_keys:
            data_keys.remove("UserAttributeUpdateSettings")
            data__UserAttributeUpdateSettings = data["UserAttributeUpdateSettings"]
            validate___definitions_userattributeupdatesettings(data__UserAttributeUpdateSettings, custom_formats, (name_prefix or "data") + ".UserAttributeUpdateSettings")
        if "UserPoolAddOns" in data_keys:
            data_keys.remove("UserPoolAddOns")
            data__UserPoolAddOns = data["UserPoolAddOns"]
            validate___definitions_userpooladdons(data__UserPoolAddOns, custom_formats, (name_prefix or "data") + ".UserPoolAddOns")
        if "UserPoolName" in data_keys:
            data_keys.remove("UserPoolName")
            data__UserPoolName = data["UserPoolName"]
            data__UserPoolName_any_of_count16 = 0
            if not data__UserPoolName_any_of_count16:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__UserPoolName, custom_formats, (name_prefix or "data") + ".UserPoolName")
                    data__UserPoolName_any_of_count16 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolName_any_of_count16:
                try:
                    if not isinstance(data__UserPoolName, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolName must be string or number or boolean")
                    if isinstance(data__UserPoolName, str):
                        data__UserPoolName_len = len(data__UserPoolName)
                        if data__UserPoolName_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolName must be longer than or equal to 1 characters")
                        if data__UserPoolName_len > 128:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolName must be shorter than or equal to 128 characters")
                    data__UserPoolName_any_of_count16 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolName_any_of_count16:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolName cannot be validated by any definition")
        if "UserPoolTags" in data_keys:
            data_keys.remove("UserPoolTags")
            data__UserPoolTags = data["UserPoolTags"]
            data__UserPoolTags_any_of_count17 = 0
            if not data__UserPoolTags_any_of_count17:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__UserPoolTags, custom_formats, (name_prefix or "data") + ".UserPoolTags")
                    data__UserPoolTags_any_of_count17 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolTags_any_of_count17:
                try:
                    if not isinstance(data__UserPoolTags, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolTags must be object")
                    data__UserPoolTags_is_dict = isinstance(data__UserPoolTags, dict)
                    if data__UserPoolTags_is_dict:
                        data__UserPoolTags_keys = set(data__UserPoolTags.keys())
                        for data__UserPoolTags_key, data__UserPoolTags_val in data__UserPoolTags.items():
                            if REGEX_PATTERNS['^([\\w\\s\\w_.:/=+\\-@]*)$'].search(data__UserPoolTags_key):
                                if data__UserPoolTags_key in data__UserPoolTags_keys:
                                    data__UserPoolTags_keys.remove(data__UserPoolTags_key)
                                data__UserPoolTags_val_any_of_count18 = 0
                                if not data__UserPoolTags_val_any_of_count18:
                                    try:
                                        validate___definitions_stackgen_cloudformationfunction(data__UserPoolTags_val, custom_formats, (name_prefix or "data") + ".UserPoolTags.{data__UserPoolTags_key}".format(**locals()))
                                        data__UserPoolTags_val_any_of_count18 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__UserPoolTags_val_any_of_count18:
                                    try:
                                        if not isinstance(data__UserPoolTags_val, (str, int, float, Decimal, bool)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolTags.{data__UserPoolTags_key}".format(**locals()) + " must be string or number or boolean")
                                        data__UserPoolTags_val_any_of_count18 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__UserPoolTags_val_any_of_count18:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolTags.{data__UserPoolTags_key}".format(**locals()) + " cannot be validated by any definition")
                        if data__UserPoolTags_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolTags must not contain "+str(data__UserPoolTags_keys)+" properties")
                    data__UserPoolTags_any_of_count17 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolTags_any_of_count17:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolTags cannot be validated by any definition")
        if "UserPoolTier" in data_keys:
            data_keys.remove("UserPoolTier")
            data__UserPoolTier = data["UserPoolTier"]
            data__UserPoolTier_any_of_count19 = 0
            if not data__UserPoolTier_any_of_count19:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__UserPoolTier, custom_formats, (name_prefix or "data") + ".UserPoolTier")
                    data__UserPoolTier_any_of_count19 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolTier_any_of_count19:
                try:
                    if not isinstance(data__UserPoolTier, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolTier must be string or number or boolean")
                    if not (isinstance(data__UserPoolTier, str) and data__UserPoolTier == 'LITE' or isinstance(data__UserPoolTier, str) and data__UserPoolTier == 'ESSENTIALS' or isinstance(data__UserPoolTier, str) and data__UserPoolTier == 'PLUS'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolTier must be one of ['LITE', 'ESSENTIALS', 'PLUS']")
                    data__UserPoolTier_any_of_count19 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolTier_any_of_count19:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolTier cannot be validated by any definition")
        if "UsernameAttributes" in data_keys:
            data_keys.remove("UsernameAttributes")
            data__UsernameAttributes = data["UsernameAttributes"]
            data__UsernameAttributes_any_of_count20 = 0
            if not data__UsernameAttributes_any_of_count20:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__UsernameAttributes, custom_formats, (name_prefix or "data") + ".UsernameAttributes")
                    data__UsernameAttributes_any_of_count20 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UsernameAttributes_any_of_count20:
                try:
                    if not isinstance(data__UsernameAttributes, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".UsernameAttributes must be array")
                    data__UsernameAttributes_is_list = isinstance(data__UsernameAttributes, (list, tuple))
                    if data__UsernameAttributes_is_list:
                        data__UsernameAttributes_len = len(data__UsernameAttributes)
                        for data__UsernameAttributes_x, data__UsernameAttributes_item in enumerate(data__UsernameAttributes):
                            data__UsernameAttributes_item_any_of_count21 = 0
                            if not data__UsernameAttributes_item_any_of_count21:
                                try:
                                    validate___definitions_stackgen_cloudformationfunction(data__UsernameAttributes_item, custom_formats, (name_prefix or "data") + ".UsernameAttributes[{data__UsernameAttributes_x}]".format(**locals()))
                                    data__UsernameAttributes_item_any_of_count21 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__UsernameAttributes_item_any_of_count21:
                                try:
                                    if not isinstance(data__UsernameAttributes_item, (str, int, float, Decimal, bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".UsernameAttributes[{data__UsernameAttributes_x}]".format(**locals()) + " must be string or number or boolean")
                                    if not (isinstance(data__UsernameAttributes_item, str) and data__UsernameAttributes_item == 'email' or isinstance(data__UsernameAttributes_item, str) and data__UsernameAttributes_item == 'phone_number'):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".UsernameAttributes[{data__UsernameAttributes_x}]".format(**locals()) + " must be one of ['email', 'phone_number']")
                                    data__UsernameAttributes_item_any_of_count21 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__UsernameAttributes_item_any_of_count21:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".UsernameAttributes[{data__UsernameAttributes_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__UsernameAttributes_any_of_count20 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UsernameAttributes_any_of_count20:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".UsernameAttributes cannot be validated by any definition")
        if "UsernameConfiguration" in data_keys:
            data_keys.remove("UsernameConfiguration")
            data__UsernameConfiguration = data["UsernameConfiguration"]
            validate___definitions_usernameconfiguration(data__UsernameConfiguration, custom_formats, (name_prefix or "data") + ".UsernameConfiguration")
        if "VerificationMessageTemplate" in data_keys:
            data_keys.remove("VerificationMessageTemplate")
            data__VerificationMessageTemplate = data["VerificationMessageTemplate"]
            validate___definitions_verificationmessagetemplate(data__VerificationMessageTemplate, custom_formats, (name_prefix or "data") + ".VerificationMessageTemplate")
        if "WebAuthnFactorConfiguration" in data_keys:
            data_keys.remove("WebAuthnFactorConfiguration")
            data__WebAuthnFactorConfiguration = data["WebAuthnFactorConfiguration"]
            data__WebAuthnFactorConfiguration_any_of_count22 = 0
            if not data__WebAuthnFactorConfiguration_any_of_count22:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__WebAuthnFactorConfiguration, custom_formats, (name_prefix or "data") + ".WebAuthnFactorConfiguration")
                    data__WebAuthnFactorConfiguration_any_of_count22 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__WebAuthnFactorConfiguration_any_of_count22:
                try:
                    if not isinstance(data__WebAuthnFactorConfiguration, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".WebAuthnFactorConfiguration must be string or number or boolean")
                    if not (isinstance(data__WebAuthnFactorConfiguration, str) and data__WebAuthnFactorConfiguration == 'SINGLE_FACTOR' or isinstance(data__WebAuthnFactorConfiguration, str) and data__WebAuthnFactorConfiguration == 'MULTI_FACTOR_WITH_USER_VERIFICATION'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".WebAuthnFactorConfiguration must be one of ['SINGLE_FACTOR', 'MULTI_FACTOR_WITH_USER_VERIFICATION']")
                    data__WebAuthnFactorConfiguration_any_of_count22 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__WebAuthnFactorConfiguration_any_of_count22:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".WebAuthnFactorConfiguration cannot be validated by any definition")
        if "WebAuthnRelyingPartyID" in data_keys:
            data_keys.remove("WebAuthnRelyingPartyID")
            data__WebAuthnRelyingPartyID = data["WebAuthnRelyingPartyID"]
            data__WebAuthnRelyingPartyID_any_of_count23 = 0
            if not data__WebAuthnRelyingPartyID_any_of_count23:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__WebAuthnRelyingPartyID, custom_formats, (name_prefix or "data") + ".WebAuthnRelyingPartyID")
                    data__WebAuthnRelyingPartyID_any_of_count23 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__WebAuthnRelyingPartyID_any_of_count23:
                try:
                    if not isinstance(data__WebAuthnRelyingPartyID, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".WebAuthnRelyingPartyID must be string or number or boolean")
                    if isinstance(data__WebAuthnRelyingPartyID, str):
                        data__WebAuthnRelyingPartyID_len = len(data__WebAuthnRelyingPartyID)
                        if data__WebAuthnRelyingPartyID_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".WebAuthnRelyingPartyID must be longer than or equal to 1 characters")
                        if data__WebAuthnRelyingPartyID_len > 63:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".WebAuthnRelyingPartyID must be shorter than or equal to 63 characters")
                    data__WebAuthnRelyingPartyID_any_of_count23 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__WebAuthnRelyingPartyID_any_of_count23:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".WebAuthnRelyingPartyID cannot be validated by any definition")
        if "WebAuthnUserVerification" in data_keys:
            data_keys.remove("WebAuthnUserVerification")
            data__WebAuthnUserVerification = data["WebAuthnUserVerification"]
            data__WebAuthnUserVerification_any_of_count24 = 0
            if not data__WebAuthnUserVerification_any_of_count24:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__WebAuthnUserVerification, custom_formats, (name_prefix or "data") + ".WebAuthnUserVerification")
                    data__WebAuthnUserVerification_any_of_count24 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__WebAuthnUserVerification_any_of_count24:
                try:
                    if not isinstance(data__WebAuthnUserVerification, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".WebAuthnUserVerification must be string or number or boolean")
                    if isinstance(data__WebAuthnUserVerification, str):
                        data__WebAuthnUserVerification_len = len(data__WebAuthnUserVerification)
                        if data__WebAuthnUserVerification_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".WebAuthnUserVerification must be longer than or equal to 1 characters")
                        if data__WebAuthnUserVerification_len > 9:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".WebAuthnUserVerification must be shorter than or equal to 9 characters")
                    data__WebAuthnUserVerification_any_of_count24 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__WebAuthnUserVerification_any_of_count24:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".WebAuthnUserVerification cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate___definitions_verificationmessagetemplate(data, custom_formats={}, name_prefix=None):
    data_any_of_count25 = 0
    if not data_any_of_count25:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count25 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count25:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "DefaultEmailOption" in data_keys:
                    data_keys.remove("DefaultEmailOption")
                    data__DefaultEmailOption = data["DefaultEmailOption"]
                    data__DefaultEmailOption_any_of_count26 = 0
                    if not data__DefaultEmailOption_any_of_count26:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__DefaultEmailOption, custom_formats, (name_prefix or "data") + ".DefaultEmailOption")
                            data__DefaultEmailOption_any_of_count26 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__DefaultEmailOption_any_of_count26:
                        try:
                            if not isinstance(data__DefaultEmailOption, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".DefaultEmailOption must be string or number or boolean")
                            if not (isinstance(data__DefaultEmailOption, str) and data__DefaultEmailOption == 'CONFIRM_WITH_CODE' or isinstance(data__DefaultEmailOption, str) and data__DefaultEmailOption == 'CONFIRM_WITH_LINK'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".DefaultEmailOption must be one of ['CONFIRM_WITH_CODE', 'CONFIRM_WITH_LINK']")
                            data__DefaultEmailOption_any_of_count26 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__DefaultEmailOption_any_of_count26:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".DefaultEmailOption cannot be validated by any definition")
                if "EmailMessage" in data_keys:
                    data_keys.remove("EmailMessage")
                    data__EmailMessage = data["EmailMessage"]
                    data__EmailMessage_any_of_count27 = 0
                    if not data__EmailMessage_any_of_count27:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__EmailMessage, custom_formats, (name_prefix or "data") + ".EmailMessage")
                            data__EmailMessage_any_of_count27 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailMessage_any_of_count27:
                        try:
                            if not isinstance(data__EmailMessage, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessage must be string or number or boolean")
                            if isinstance(data__EmailMessage, str):
                                data__EmailMessage_len = len(data__EmailMessage)
                                if data__EmailMessage_len < 6:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessage must be longer than or equal to 6 characters")
                                if data__EmailMessage_len > 20000:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessage must be shorter than or equal to 20000 characters")
                                if not REGEX_PATTERNS['^[\\S\\s*]*\\{####\\}[\\S\\s*]*$'].search(data__EmailMessage):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessage must match pattern ^[\\S\\s*]*\\{####\\}[\\S\\s*]*$")
                            data__EmailMessage_any_of_count27 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailMessage_any_of_count27:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessage cannot be validated by any definition")
                if "EmailMessageByLink" in data_keys:
                    data_keys.remove("EmailMessageByLink")
                    data__EmailMessageByLink = data["EmailMessageByLink"]
                    data__EmailMessageByLink_any_of_count28 = 0
                    if not data__EmailMessageByLink_any_of_count28:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__EmailMessageByLink, custom_formats, (name_prefix or "data") + ".EmailMessageByLink")
                            data__EmailMessageByLink_any_of_count28 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailMessageByLink_any_of_count28:
                        try:
                            if not isinstance(data__EmailMessageByLink, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessageByLink must be string or number or boolean")
                            if isinstance(data__EmailMessageByLink, str):
                                data__EmailMessageByLink_len = len(data__EmailMessageByLink)
                                if data__EmailMessageByLink_len < 6:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessageByLink must be longer than or equal to 6 characters")
                                if data__EmailMessageByLink_len > 20000:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessageByLink must be shorter than or equal to 20000 characters")
                                if not REGEX_PATTERNS['^[\\S\\s*]*\\{##[\\S\\s*]*##\\}[\\S\\s*]*$'].search(data__EmailMessageByLink):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessageByLink must match pattern ^[\\S\\s*]*\\{##[\\S\\s*]*##\\}[\\S\\s*]*$")
                            data__EmailMessageByLink_any_of_count28 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailMessageByLink_any_of_count28:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessageByLink cannot be validated by any definition")
                if "EmailSubject" in data_keys:
                    data_keys.remove("EmailSubject")
                    data__EmailSubject = data["EmailSubject"]
                    data__EmailSubject_any_of_count29 = 0
                    if not data__EmailSubject_any_of_count29:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__EmailSubject, custom_formats, (name_prefix or "data") + ".EmailSubject")
                            data__EmailSubject_any_of_count29 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailSubject_any_of_count29:
                        try:
                            if not isinstance(data__EmailSubject, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubject must be string or number or boolean")
                            if isinstance(data__EmailSubject, str):
                                data__EmailSubject_len = len(data__EmailSubject)
                                if data__EmailSubject_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubject must be longer than or equal to 1 characters")
                                if data__EmailSubject_len > 140:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubject must be shorter than or equal to 140 characters")
                                if not REGEX_PATTERNS['^[\\S\\s]+$'].search(data__EmailSubject):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubject must match pattern ^[\\S\\s]+$")
                            data__EmailSubject_any_of_count29 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailSubject_any_of_count29:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubject cannot be validated by any definition")
                if "EmailSubjectByLink" in data_keys:
                    data_keys.remove("EmailSubjectByLink")
                    data__EmailSubjectByLink = data["EmailSubjectByLink"]
                    data__EmailSubjectByLink_any_of_count30 = 0
                    if not data__EmailSubjectByLink_any_of_count30:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__EmailSubjectByLink, custom_formats, (name_prefix or "data") + ".EmailSubjectByLink")
                            data__EmailSubjectByLink_any_of_count30 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailSubjectByLink_any_of_count30:
                        try:
                            if not isinstance(data__EmailSubjectByLink, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubjectByLink must be string or number or boolean")
                            if isinstance(data__EmailSubjectByLink, str):
                                data__EmailSubjectByLink_len = len(data__EmailSubjectByLink)
                                if data__EmailSubjectByLink_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubjectByLink must be longer than or equal to 1 characters")
                                if data__EmailSubjectByLink_len > 140:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubjectByLink must be shorter than or equal to 140 characters")
                                if not REGEX_PATTERNS['^[\\S\\s]+$'].search(data__EmailSubjectByLink):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubjectByLink must match pattern ^[\\S\\s]+$")
                            data__EmailSubjectByLink_any_of_count30 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailSubjectByLink_any_of_count30:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubjectByLink cannot be validated by any definition")
                if "SmsMessage" in data_keys:
                    data_keys.remove("SmsMessage")
                    data__SmsMessage = data["SmsMessage"]
                    data__SmsMessage_any_of_count31 = 0
                    if not data__SmsMessage_any_of_count31:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__SmsMessage, custom_formats, (name_prefix or "data") + ".SmsMessage")
                            data__SmsMessage_any_of_count31 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SmsMessage_any_of_count31:
                        try:
                            if not isinstance(data__SmsMessage, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsMessage must be string or number or boolean")
                            if isinstance(data__SmsMessage, str):
                                data__SmsMessage_len = len(data__SmsMessage)
                                if data__SmsMessage_len < 6:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsMessage must be longer than or equal to 6 characters")
                                if data__SmsMessage_len > 140:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsMessage must be shorter than or equal to 140 characters")
                                if not REGEX_PATTERNS['\\{####\\}'].search(data__SmsMessage):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsMessage must match pattern \\{####\\}")
                            data__SmsMessage_any_of_count31 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SmsMessage_any_of_count31:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".SmsMessage cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count25 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count25:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_usernameconfiguration(data, custom_formats={}, name_prefix=None):
    data_any_of_count32 = 0
    if not data_any_of_count32:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count32 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count32:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "CaseSensitive" in data_keys:
                    data_keys.remove("CaseSensitive")
                    data__CaseSensitive = data["CaseSensitive"]
                    data__CaseSensitive_any_of_count33 = 0
                    if not data__CaseSensitive_any_of_count33:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__CaseSensitive, custom_formats, (name_prefix or "data") + ".CaseSensitive")
                            data__CaseSensitive_any_of_count33 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__CaseSensitive_any_of_count33:
                        try:
                            if not isinstance(data__CaseSensitive, (bool, str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".CaseSensitive must be boolean or string")
                            if isinstance(data__CaseSensitive, str):
                                if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__CaseSensitive):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".CaseSensitive must match pattern ^(true|false|True|False)$")
                            data__CaseSensitive_any_of_count33 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__CaseSensitive_any_of_count33:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".CaseSensitive cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count32 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count32:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_userpooladdons(data, custom_formats={}, name_prefix=None):
    data_any_of_count34 = 0
    if not data_any_of_count34:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count34 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count34:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "AdvancedSecurityAdditionalFlows" in data_keys:
                    data_keys.remove("AdvancedSecurityAdditionalFlows")
                    data__AdvancedSecurityAdditionalFlows = data["AdvancedSecurityAdditionalFlows"]
                    validate___definitions_advancedsecurityadditionalflows(data__AdvancedSecurityAdditionalFlows, custom_formats, (name_prefix or "data") + ".AdvancedSecurityAdditionalFlows")
                if "AdvancedSecurityMode" in data_keys:
                    data_keys.remove("AdvancedSecurityMode")
                    data__AdvancedSecurityMode = data["AdvancedSecurityMode"]
                    data__AdvancedSecurityMode_any_of_count35 = 0
                    if not data__AdvancedSecurityMode_any_of_count35:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__AdvancedSecurityMode, custom_formats, (name_prefix or "data") + ".AdvancedSecurityMode")
                            data__AdvancedSecurityMode_any_of_count35 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__AdvancedSecurityMode_any_of_count35:
                        try:
                            if not isinstance(data__AdvancedSecurityMode, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AdvancedSecurityMode must be string or number or boolean")
                            if not (isinstance(data__AdvancedSecurityMode, str) and data__AdvancedSecurityMode == 'AUDIT' or isinstance(data__AdvancedSecurityMode, str) and data__AdvancedSecurityMode == 'ENFORCED' or isinstance(data__AdvancedSecurityMode, str) and data__AdvancedSecurityMode == 'OFF'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AdvancedSecurityMode must be one of ['AUDIT', 'ENFORCED', 'OFF']")
                            data__AdvancedSecurityMode_any_of_count35 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__AdvancedSecurityMode_any_of_count35:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AdvancedSecurityMode cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count34 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count34:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_advancedsecurityadditionalflows(data, custom_formats={}, name_prefix=None):
    data_any_of_count36 = 0
    if not data_any_of_count36:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count36 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count36:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "CustomAuthMode" in data_keys:
                    data_keys.remove("CustomAuthMode")
                    data__CustomAuthMode = data["CustomAuthMode"]
                    data__CustomAuthMode_any_of_count37 = 0
                    if not data__CustomAuthMode_any_of_count37:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__CustomAuthMode, custom_formats, (name_prefix or "data") + ".CustomAuthMode")
                            data__CustomAuthMode_any_of_count37 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__CustomAuthMode_any_of_count37:
                        try:
                            if not isinstance(data__CustomAuthMode, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".CustomAuthMode must be string or number or boolean")
                            if not (isinstance(data__CustomAuthMode, str) and data__CustomAuthMode == 'AUDIT' or isinstance(data__CustomAuthMode, str) and data__CustomAuthMode == 'ENFORCED'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".CustomAuthMode must be one of ['AUDIT', 'ENFORCED']")
                            data__CustomAuthMode_any_of_count37 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__CustomAuthMode_any_of_count37:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".CustomAuthMode cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count36 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count36:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_userattributeupdatesettings(data, custom_formats={}, name_prefix=None):
    data_any_of_count38 = 0
    if not data_any_of_count38:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count38 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count38:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['AttributesRequireVerificationBeforeUpdate']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
                data_keys = set(data.keys())
                if "AttributesRequireVerificationBeforeUpdate" in data_keys:
                    data_keys.remove("AttributesRequireVerificationBeforeUpdate")
                    data__AttributesRequireVerificationBeforeUpdate = data["AttributesRequireVerificationBeforeUpdate"]
                    data__AttributesRequireVerificationBeforeUpdate_any_of_count39 = 0
                    if not data__AttributesRequireVerificationBeforeUpdate_any_of_count39:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__AttributesRequireVerificationBeforeUpdate, custom_formats, (name_prefix or "data") + ".AttributesRequireVerificationBeforeUpdate")
                            data__AttributesRequireVerificationBeforeUpdate_any_of_count39 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__AttributesRequireVerificationBeforeUpdate_any_of_count39:
                        try:
                            if not isinstance(data__AttributesRequireVerificationBeforeUpdate, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AttributesRequireVerificationBeforeUpdate must be array")
                            data__AttributesRequireVerificationBeforeUpdate_is_list = isinstance(data__AttributesRequireVerificationBeforeUpdate, (list, tuple))
                            if data__AttributesRequireVerificationBeforeUpdate_is_list:
                                data__AttributesRequireVerificationBeforeUpdate_len = len(data__AttributesRequireVerificationBeforeUpdate)
                                for data__AttributesRequireVerificationBeforeUpdate_x, data__AttributesRequireVerificationBeforeUpdate_item in enumerate(data__AttributesRequireVerificationBeforeUpdate):
                                    data__AttributesRequireVerificationBeforeUpdate_item_any_of_count40 = 0
                                    if not data__AttributesRequireVerificationBeforeUpdate_item_any_of_count40:
                                        try:
                                            validate___definitions_stackgen_cloudformationfunction(data__AttributesRequireVerificationBeforeUpdate_item, custom_formats, (name_prefix or "data") + ".AttributesRequireVerificationBeforeUpdate[{data__AttributesRequireVerificationBeforeUpdate_x}]".format(**locals()))
                                            data__AttributesRequireVerificationBeforeUpdate_item_any_of_count40 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if not data__AttributesRequireVerificationBeforeUpdate_item_any_of_count40:
                                        try:
                                            if not isinstance(data__AttributesRequireVerificationBeforeUpdate_item, (str, int, float, Decimal, bool)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AttributesRequireVerificationBeforeUpdate[{data__AttributesRequireVerificationBeforeUpdate_x}]".format(**locals()) + " must be string or number or boolean")
                                            if not (isinstance(data__AttributesRequireVerificationBeforeUpdate_item, str) and data__AttributesRequireVerificationBeforeUpdate_item == 'email' or isinstance(data__AttributesRequireVerificationBeforeUpdate_item, str) and data__AttributesRequireVerificationBeforeUpdate_item == 'phone_number'):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AttributesRequireVerificationBeforeUpdate[{data__AttributesRequireVerificationBeforeUpdate_x}]".format(**locals()) + " must be one of ['email', 'phone_number']")
                                            data__AttributesRequireVerificationBeforeUpdate_item_any_of_count40 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if not data__AttributesRequireVerificationBeforeUpdate_item_any_of_count40:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AttributesRequireVerificationBeforeUpdate[{data__AttributesRequireVerificationBeforeUpdate_x}]".format(**locals()) + " cannot be validated by any definition")
                            data__AttributesRequireVerificationBeforeUpdate_any_of_count39 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__AttributesRequireVerificationBeforeUpdate_any_of_count39:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AttributesRequireVerificationBeforeUpdate cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count38 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count38:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_smsconfiguration(data, custom_formats={}, name_prefix=None):
    data_any_of_count41 = 0
    if not data_any_of_count41:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count41 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count41:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "EumsSms" in data_keys:
                    data_keys.remove("EumsSms")
                    data__EumsSms = data["EumsSms"]
                    validate___definitions_eumssmsconfiguration(data__EumsSms, custom_formats, (name_prefix or "data") + ".EumsSms")
                if "ExternalId" in data_keys:
                    data_keys.remove("ExternalId")
                    data__ExternalId = data["ExternalId"]
                    data__ExternalId_any_of_count42 = 0
                    if not data__ExternalId_any_of_count42:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__ExternalId, custom_formats, (name_prefix or "data") + ".ExternalId")
                            data__ExternalId_any_of_count42 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ExternalId_any_of_count42:
                        try:
                            if not isinstance(data__ExternalId, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExternalId must be string or number or boolean")
                            if isinstance(data__ExternalId, str):
                                data__ExternalId_len = len(data__ExternalId)
                                if data__ExternalId_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExternalId must be longer than or equal to 0 characters")
                                if data__ExternalId_len > 131072:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExternalId must be shorter than or equal to 131072 characters")
                            data__ExternalId_any_of_count42 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ExternalId_any_of_count42:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExternalId cannot be validated by any definition")
                if "SnsCallerArn" in data_keys:
                    data_keys.remove("SnsCallerArn")
                    data__SnsCallerArn = data["SnsCallerArn"]
                    data__SnsCallerArn_any_of_count43 = 0
                    if not data__SnsCallerArn_any_of_count43:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__SnsCallerArn, custom_formats, (name_prefix or "data") + ".SnsCallerArn")
                            data__SnsCallerArn_any_of_count43 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SnsCallerArn_any_of_count43:
                        try:
                            if not isinstance(data__SnsCallerArn, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".SnsCallerArn must be string or number or boolean")
                            if isinstance(data__SnsCallerArn, str):
                                data__SnsCallerArn_len = len(data__SnsCallerArn)
                                if data__SnsCallerArn_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SnsCallerArn must be longer than or equal to 0 characters")
                                if data__SnsCallerArn_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SnsCallerArn must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^(arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?)?$'].search(data__SnsCallerArn):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SnsCallerArn must match pattern ^(arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?)?$")
                            data__SnsCallerArn_any_of_count43 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SnsCallerArn_any_of_count43:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".SnsCallerArn cannot be validated by any definition")
                if "SnsRegion" in data_keys:
                    data_keys.remove("SnsRegion")
                    data__SnsRegion = data["SnsRegion"]
                    data__SnsRegion_any_of_count44 = 0
                    if not data__SnsRegion_any_of_count44:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__SnsRegion, custom_formats, (name_prefix or "data") + ".SnsRegion")
                            data__SnsRegion_any_of_count44 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SnsRegion_any_of_count44:
                        try:
                            if not isinstance(data__SnsRegion, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".SnsRegion must be string or number or boolean")
                            if isinstance(data__SnsRegion, str):
                                data__SnsRegion_len = len(data__SnsRegion)
                                if data__SnsRegion_len < 5:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SnsRegion must be longer than or equal to 5 characters")
                                if data__SnsRegion_len > 32:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SnsRegion must be shorter than or equal to 32 characters")
                            data__SnsRegion_any_of_count44 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SnsRegion_any_of_count44:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".SnsRegion cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count41 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count41:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_eumssmsconfiguration(data, custom_formats={}, name_prefix=None):
    data_any_of_count45 = 0
    if not data_any_of_count45:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count45 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count45:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['CallerArn']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
                data_keys = set(data.keys())
                if "CallerArn" in data_keys:
                    data_keys.remove("CallerArn")
                    data__CallerArn = data["CallerArn"]
                    data__CallerArn_any_of_count46 = 0
                    if not data__CallerArn_any_of_count46:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__CallerArn, custom_formats, (name_prefix or "data") + ".CallerArn")
                            data__CallerArn_any_of_count46 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__CallerArn_any_of_count46:
                        try:
                            if not isinstance(data__CallerArn, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallerArn must be string or number or boolean")
                            if isinstance(data__CallerArn, str):
                                data__CallerArn_len = len(data__CallerArn)
                                if data__CallerArn_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallerArn must be longer than or equal to 20 characters")
                                if data__CallerArn_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallerArn must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__CallerArn):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallerArn must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__CallerArn_any_of_count46 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__CallerArn_any_of_count46:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallerArn cannot be validated by any definition")
                if "ConfigurationSetName" in data_keys:
                    data_keys.remove("ConfigurationSetName")
                    data__ConfigurationSetName = data["ConfigurationSetName"]
                    data__ConfigurationSetName_any_of_count47 = 0
                    if not data__ConfigurationSetName_any_of_count47:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__ConfigurationSetName, custom_formats, (name_prefix or "data") + ".ConfigurationSetName")
                            data__ConfigurationSetName_any_of_count47 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ConfigurationSetName_any_of_count47:
                        try:
                            if not isinstance(data__ConfigurationSetName, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ConfigurationSetName must be string or number or boolean")
                            if isinstance(data__ConfigurationSetName, str):
                                data__ConfigurationSetName_len = len(data__ConfigurationSetName)
                                if data__ConfigurationSetName_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ConfigurationSetName must be longer than or equal to 0 characters")
                                if data__ConfigurationSetName_len > 131072:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ConfigurationSetName must be shorter than or equal to 131072 characters")
                            data__ConfigurationSetName_any_of_count47 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ConfigurationSetName_any_of_count47:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ConfigurationSetName cannot be validated by any definition")
                if "ExternalId" in data_keys:
                    data_keys.remove("ExternalId")
                    data__ExternalId = data["ExternalId"]
                    data__ExternalId_any_of_count48 = 0
                    if not data__ExternalId_any_of_count48:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__ExternalId, custom_formats, (name_prefix or "data") + ".ExternalId")
                            data__ExternalId_any_of_count48 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ExternalId_any_of_count48:
                        try:
                            if not isinstance(data__ExternalId, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExternalId must be string or number or boolean")
                            if isinstance(data__ExternalId, str):
                                data__ExternalId_len = len(data__ExternalId)
                                if data__ExternalId_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExternalId must be longer than or equal to 0 characters")
                                if data__ExternalId_len > 131072:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExternalId must be shorter than or equal to 131072 characters")
                            data__ExternalId_any_of_count48 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ExternalId_any_of_count48:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExternalId cannot be validated by any definition")
                if "InEntityId" in data_keys:
                    data_keys.remove("InEntityId")
                    data__InEntityId = data["InEntityId"]
                    data__InEntityId_any_of_count49 = 0
                    if not data__InEntityId_any_of_count49:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__InEntityId, custom_formats, (name_prefix or "data") + ".InEntityId")
                            data__InEntityId_any_of_count49 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__InEntityId_any_of_count49:
                        try:
                            if not isinstance(data__InEntityId, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".InEntityId must be string or number or boolean")
                            if isinstance(data__InEntityId, str):
                                data__InEntityId_len = len(data__InEntityId)
                                if data__InEntityId_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".InEntityId must be longer than or equal to 0 characters")
                                if data__InEntityId_len > 131072:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".InEntityId must be shorter than or equal to 131072 characters")
                            data__InEntityId_any_of_count49 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__InEntityId_any_of_count49:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".InEntityId cannot be validated by any definition")
                if "InTemplateId" in data_keys:
                    data_keys.remove("InTemplateId")
                    data__InTemplateId = data["InTemplateId"]
                    data__InTemplateId_any_of_count50 = 0
                    if not data__InTemplateId_any_of_count50:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__InTemplateId, custom_formats, (name_prefix or "data") + ".InTemplateId")
                            data__InTemplateId_any_of_count50 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__InTemplateId_any_of_count50:
                        try:
                            if not isinstance(data__InTemplateId, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".InTemplateId must be string or number or boolean")
                            if isinstance(data__InTemplateId, str):
                                data__InTemplateId_len = len(data__InTemplateId)
                                if data__InTemplateId_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".InTemplateId must be longer than or equal to 0 characters")
                                if data__InTemplateId_len > 131072:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".InTemplateId must be shorter than or equal to 131072 characters")
                            data__InTemplateId_any_of_count50 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__InTemplateId_any_of_count50:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".InTemplateId cannot be validated by any definition")
                if "OriginationIdentity" in data_keys:
                    data_keys.remove("OriginationIdentity")
                    data__OriginationIdentity = data["OriginationIdentity"]
                    data__OriginationIdentity_any_of_count51 = 0
                    if not data__OriginationIdentity_any_of_count51:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__OriginationIdentity, custom_formats, (name_prefix or "data") + ".OriginationIdentity")
                            data__OriginationIdentity_any_of_count51 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__OriginationIdentity_any_of_count51:
                        try:
                            if not isinstance(data__OriginationIdentity, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".OriginationIdentity must be string or number or boolean")
                            if isinstance(data__OriginationIdentity, str):
                                data__OriginationIdentity_len = len(data__OriginationIdentity)
                                if data__OriginationIdentity_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".OriginationIdentity must be longer than or equal to 0 characters")
                                if data__OriginationIdentity_len > 131072:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".OriginationIdentity must be shorter than or equal to 131072 characters")
                            data__OriginationIdentity_any_of_count51 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__OriginationIdentity_any_of_count51:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".OriginationIdentity cannot be validated by any definition")
                if "Region" in data_keys:
                    data_keys.remove("Region")
                    data__Region = data["Region"]
                    data__Region_any_of_count52 = 0
                    if not data__Region_any_of_count52:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__Region, custom_formats, (name_prefix or "data") + ".Region")
                            data__Region_any_of_count52 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Region_any_of_count52:
                        try:
                            if not isinstance(data__Region, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Region must be string or number or boolean")
                            if isinstance(data__Region, str):
                                data__Region_len = len(data__Region)
                                if data__Region_len < 5:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".Region must be longer than or equal to 5 characters")
                                if data__Region_len > 32:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".Region must be shorter than or equal to 32 characters")
                            data__Region_any_of_count52 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Region_any_of_count52:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Region cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count45 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count45:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_schemaattribute(data, custom_formats={}, name_prefix=None):
    data_any_of_count53 = 0
    if not data_any_of_count53:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count53 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count53:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "AttributeDataType" in data_keys:
                    data_keys.remove("AttributeDataType")
                    data__AttributeDataType = data["AttributeDataType"]
                    data__AttributeDataType_any_of_count54 = 0
                    if not data__AttributeDataType_any_of_count54:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__AttributeDataType, custom_formats, (name_prefix or "data") + ".AttributeDataType")
                            data__AttributeDataType_any_of_count54 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__AttributeDataType_any_of_count54:
                        try:
                            if not isinstance(data__AttributeDataType, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AttributeDataType must be string or number or boolean")
                            if not (isinstance(data__AttributeDataType, str) and data__AttributeDataType == 'Boolean' or isinstance(data__AttributeDataType, str) and data__AttributeDataType == 'DateTime' or isinstance(data__AttributeDataType, str) and data__AttributeDataType == 'Number' or isinstance(data__AttributeDataType, str) and data__AttributeDataType == 'String'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AttributeDataType must be one of ['Boolean', 'DateTime', 'Number', 'String']")
                            data__AttributeDataType_any_of_count54 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__AttributeDataType_any_of_count54:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AttributeDataType cannot be validated by any definition")
                if "DeveloperOnlyAttribute" in data_keys:
                    data_keys.remove("DeveloperOnlyAttribute")
                    data__DeveloperOnlyAttribute = data["DeveloperOnlyAttribute"]
                    data__DeveloperOnlyAttribute_any_of_count55 = 0
                    if not data__DeveloperOnlyAttribute_any_of_count55:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__DeveloperOnlyAttribute, custom_formats, (name_prefix or "data") + ".DeveloperOnlyAttribute")
                            data__DeveloperOnlyAttribute_any_of_count55 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__DeveloperOnlyAttribute_any_of_count55:
                        try:
                            if not isinstance(data__DeveloperOnlyAttribute, (bool, str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".DeveloperOnlyAttribute must be boolean or string")
                            if isinstance(data__DeveloperOnlyAttribute, str):
                                if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__DeveloperOnlyAttribute):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".DeveloperOnlyAttribute must match pattern ^(true|false|True|False)$")
                            data__DeveloperOnlyAttribute_any_of_count55 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__DeveloperOnlyAttribute_any_of_count55:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".DeveloperOnlyAttribute cannot be validated by any definition")
                if "Mutable" in data_keys:
                    data_keys.remove("Mutable")
                    data__Mutable = data["Mutable"]
                    data__Mutable_any_of_count56 = 0
                    if not data__Mutable_any_of_count56:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__Mutable, custom_formats, (name_prefix or "data") + ".Mutable")
                            data__Mutable_any_of_count56 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Mutable_any_of_count56:
                        try:
                            if not isinstance(data__Mutable, (bool, str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Mutable must be boolean or string")
                            if isinstance(data__Mutable, str):
                                if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__Mutable):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".Mutable must match pattern ^(true|false|True|False)$")
                            data__Mutable_any_of_count56 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Mutable_any_of_count56:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Mutable cannot be validated by any definition")
                if "Name" in data_keys:
                    data_keys.remove("Name")
                    data__Name = data["Name"]
                    data__Name_any_of_count57 = 0
                    if not data__Name_any_of_count57:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__Name, custom_formats, (name_prefix or "data") + ".Name")
                            data__Name_any_of_count57 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Name_any_of_count57:
                        try:
                            if not isinstance(data__Name, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Name must be string or number or boolean")
                            if isinstance(data__Name, str):
                                data__Name_len = len(data__Name)
                                if data__Name_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".Name must be longer than or equal to 1 characters")
                                if data__Name_len > 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".Name must be shorter than or equal to 20 characters")
                                if not REGEX_PATTERNS['^[\\S]+$'].search(data__Name):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".Name must match pattern ^[\\S]+$")
                            data__Name_any_of_count57 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Name_any_of_count57:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Name cannot be validated by any definition")
                if "NumberAttributeConstraints" in data_keys:
                    data_keys.remove("NumberAttributeConstraints")
                    data__NumberAttributeConstraints = data["NumberAttributeConstraints"]
                    validate___definitions_numberattributeconstraints(data__NumberAttributeConstraints, custom_formats, (name_prefix or "data") + ".NumberAttributeConstraints")
                if "Required" in data_keys:
                    data_keys.remove("Required")
                    data__Required = data["Required"]
                    data__Required_any_of_count58 = 0
                    if not data__Required_any_of_count58:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__Required, custom_formats, (name_prefix or "data") + ".Required")
                            data__Required_any_of_count58 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Required_any_of_count58:
                        try:
                            if not isinstance(data__Required, (bool, str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Required must be boolean or string")
                            if isinstance(data__Required, str):
                                if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__Required):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".Required must match pattern ^(true|false|True|False)$")
                            data__Required_any_of_count58 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Required_any_of_count58:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Required cannot be validated by any definition")
                if "StringAttributeConstraints" in data_keys:
                    data_keys.remove("StringAttributeConstraints")
                    data__StringAttributeConstraints = data["StringAttributeConstraints"]
                    validate___definitions_stringattributeconstraints(data__StringAttributeConstraints, custom_formats, (name_prefix or "data") + ".StringAttributeConstraints")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count53 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count53:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_stringattributeconstraints(data, custom_formats={}, name_prefix=None):
    data_any_of_count59 = 0
    if not data_any_of_count59:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count59 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count59:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "MaxLength" in data_keys:
                    data_keys.remove("MaxLength")
                    data__MaxLength = data["MaxLength"]
                    data__MaxLength_any_of_count60 = 0
                    if not data__MaxLength_any_of_count60:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__MaxLength, custom_formats, (name_prefix or "data") + ".MaxLength")
                            data__MaxLength_any_of_count60 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__MaxLength_any_of_count60:
                        try:
                            if not isinstance(data__MaxLength, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".MaxLength must be string or number or boolean")
                            if isinstance(data__MaxLength, str):
                                data__MaxLength_len = len(data__MaxLength)
                                if data__MaxLength_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".MaxLength must be longer than or equal to 0 characters")
                                if data__MaxLength_len > 131072:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".MaxLength must be shorter than or equal to 131072 characters")
                            data__MaxLength_any_of_count60 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__MaxLength_any_of_count60:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".MaxLength cannot be validated by any definition")
                if "MinLength" in data_keys:
                    data_keys.remove("MinLength")
                    data__MinLength = data["MinLength"]
                    data__MinLength_any_of_count61 = 0
                    if not data__MinLength_any_of_count61:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__MinLength, custom_formats, (name_prefix or "data") + ".MinLength")
                            data__MinLength_any_of_count61 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__MinLength_any_of_count61:
                        try:
                            if not isinstance(data__MinLength, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".MinLength must be string or number or boolean")
                            if isinstance(data__MinLength, str):
                                data__MinLength_len = len(data__MinLength)
                                if data__MinLength_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".MinLength must be longer than or equal to 0 characters")
                                if data__MinLength_len > 131072:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".MinLength must be shorter than or equal to 131072 characters")
                            data__MinLength_any_of_count61 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__MinLength_any_of_count61:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".MinLength cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count59 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count59:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_numberattributeconstraints(data, custom_formats={}, name_prefix=None):
    data_any_of_count62 = 0
    if not data_any_of_count62:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count62 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count62:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "MaxValue" in data_keys:
                    data_keys.remove("MaxValue")
                    data__MaxValue = data["MaxValue"]
                    data__MaxValue_any_of_count63 = 0
                    if not data__MaxValue_any_of_count63:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__MaxValue, custom_formats, (name_prefix or "data") + ".MaxValue")
                            data__MaxValue_any_of_count63 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__MaxValue_any_of_count63:
                        try:
                            if not isinstance(data__MaxValue, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".MaxValue must be string or number or boolean")
                            if isinstance(data__MaxValue, str):
                                data__MaxValue_len = len(data__MaxValue)
                                if data__MaxValue_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".MaxValue must be longer than or equal to 0 characters")
                                if data__MaxValue_len > 131072:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".MaxValue must be shorter than or equal to 131072 characters")
                            data__MaxValue_any_of_count63 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__MaxValue_any_of_count63:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".MaxValue cannot be validated by any definition")
                if "MinValue" in data_keys:
                    data_keys.remove("MinValue")
                    data__MinValue = data["MinValue"]
                    data__MinValue_any_of_count64 = 0
                    if not data__MinValue_any_of_count64:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__MinValue, custom_formats, (name_prefix or "data") + ".MinValue")
                            data__MinValue_any_of_count64 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__MinValue_any_of_count64:
                        try:
                            if not isinstance(data__MinValue, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".MinValue must be string or number or boolean")
                            if isinstance(data__MinValue, str):
                                data__MinValue_len = len(data__MinValue)
                                if data__MinValue_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".MinValue must be longer than or equal to 0 characters")
                                if data__MinValue_len > 131072:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".MinValue must be shorter than or equal to 131072 characters")
                            data__MinValue_any_of_count64 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__MinValue_any_of_count64:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".MinValue cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count62 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count62:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_policies(data, custom_formats={}, name_prefix=None):
    data_any_of_count65 = 0
    if not data_any_of_count65:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count65 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count65:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "PasswordPolicy" in data_keys:
                    data_keys.remove("PasswordPolicy")
                    data__PasswordPolicy = data["PasswordPolicy"]
                    validate___definitions_passwordpolicy(data__PasswordPolicy, custom_formats, (name_prefix or "data") + ".PasswordPolicy")
                if "SignInPolicy" in data_keys:
                    data_keys.remove("SignInPolicy")
                    data__SignInPolicy = data["SignInPolicy"]
                    validate___definitions_signinpolicy(data__SignInPolicy, custom_formats, (name_prefix or "data") + ".SignInPolicy")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count65 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count65:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_signinpolicy(data, custom_formats={}, name_prefix=None):
    data_any_of_count66 = 0
    if not data_any_of_count66:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count66 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count66:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "AllowedFirstAuthFactors" in data_keys:
                    data_keys.remove("AllowedFirstAuthFactors")
                    data__AllowedFirstAuthFactors = data["AllowedFirstAuthFactors"]
                    data__AllowedFirstAuthFactors_any_of_count67 = 0
                    if not data__AllowedFirstAuthFactors_any_of_count67:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__AllowedFirstAuthFactors, custom_formats, (name_prefix or "data") + ".AllowedFirstAuthFactors")
                            data__AllowedFirstAuthFactors_any_of_count67 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__AllowedFirstAuthFactors_any_of_count67:
                        try:
                            if not isinstance(data__AllowedFirstAuthFactors, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedFirstAuthFactors must be array")
                            data__AllowedFirstAuthFactors_is_list = isinstance(data__AllowedFirstAuthFactors, (list, tuple))
                            if data__AllowedFirstAuthFactors_is_list:
                                data__AllowedFirstAuthFactors_len = len(data__AllowedFirstAuthFactors)
                                if data__AllowedFirstAuthFactors_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedFirstAuthFactors must contain at least 1 items")
                                if data__AllowedFirstAuthFactors_len > 5:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedFirstAuthFactors must contain less than or equal to 5 items")
                                for data__AllowedFirstAuthFactors_x, data__AllowedFirstAuthFactors_item in enumerate(data__AllowedFirstAuthFactors):
                                    data__AllowedFirstAuthFactors_item_any_of_count68 = 0
                                    if not data__AllowedFirstAuthFactors_item_any_of_count68:
                                        try:
                                            validate___definitions_stackgen_cloudformationfunction(data__AllowedFirstAuthFactors_item, custom_formats, (name_prefix or "data") + ".AllowedFirstAuthFactors[{data__AllowedFirstAuthFactors_x}]".format(**locals()))
                                            data__AllowedFirstAuthFactors_item_any_of_count68 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if not data__AllowedFirstAuthFactors_item_any_of_count68:
                                        try:
                                            if not isinstance(data__AllowedFirstAuthFactors_item, (str, int, float, Decimal, bool)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedFirstAuthFactors[{data__AllowedFirstAuthFactors_x}]".format(**locals()) + " must be string or number or boolean")
                                            if not (isinstance(data__AllowedFirstAuthFactors_item, str) and data__AllowedFirstAuthFactors_item == 'EMAIL_OTP' or isinstance(data__AllowedFirstAuthFactors_item, str) and data__AllowedFirstAuthFactors_item == 'PASSWORD' or isinstance(data__AllowedFirstAuthFactors_item, str) and data__AllowedFirstAuthFactors_item == 'SMS_OTP' or isinstance(data__AllowedFirstAuthFactors_item, str) and data__AllowedFirstAuthFactors_item == 'SOFTWARE_TOKEN' or isinstance(data__AllowedFirstAuthFactors_item, str) and data__AllowedFirstAuthFactors_item == 'WEB_AUTHN'):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedFirstAuthFactors[{data__AllowedFirstAuthFactors_x}]".format(**locals()) + " must be one of ['EMAIL_OTP', 'PASSWORD', 'SMS_OTP', 'SOFTWARE_TOKEN', 'WEB_AUTHN']")
                                            data__AllowedFirstAuthFactors_item_any_of_count68 += 1
                                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                    if not data__AllowedFirstAuthFactors_item_any_of_count68:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedFirstAuthFactors[{data__AllowedFirstAuthFactors_x}]".format(**locals()) + " cannot be validated by any definition")
                            data__AllowedFirstAuthFactors_any_of_count67 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__AllowedFirstAuthFactors_any_of_count67:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedFirstAuthFactors cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count66 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count66:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_passwordpolicy(data, custom_formats={}, name_prefix=None):
    data_any_of_count69 = 0
    if not data_any_of_count69:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count69 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count69:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "MinimumLength" in data_keys:
                    data_keys.remove("MinimumLength")
                    data__MinimumLength = data["MinimumLength"]
                    data__MinimumLength_any_of_count70 = 0
                    if not data__MinimumLength_any_of_count70:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__MinimumLength, custom_formats, (name_prefix or "data") + ".MinimumLength")
                            data__MinimumLength_any_of_count70 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__MinimumLength_any_of_count70:
                        try:
                            if not isinstance(data__MinimumLength, (int, str)) and not (isinstance(data__MinimumLength, float) and data__MinimumLength.is_integer()) or isinstance(data__MinimumLength, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".MinimumLength must be integer or string")
                            if isinstance(data__MinimumLength, str):
                                if not REGEX_PATTERNS['^-?[0-9]+$'].search(data__MinimumLength):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".MinimumLength must match pattern ^-?[0-9]+$")
                            if isinstance(data__MinimumLength, (int, float, Decimal)) and not isinstance(data__MinimumLength, bool):
                                if data__MinimumLength < 6:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".MinimumLength must be bigger than or equal to 6")
                                if data__MinimumLength > 99:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".MinimumLength must be smaller than or equal to 99")
                            data__MinimumLength_any_of_count70 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__MinimumLength_any_of_count70:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".MinimumLength cannot be validated by any definition")
                if "PasswordHistorySize" in data_keys:
                    data_keys.remove("PasswordHistorySize")
                    data__PasswordHistorySize = data["PasswordHistorySize"]
                    data__PasswordHistorySize_any_of_count71 = 0
                    if not data__PasswordHistorySize_any_of_count71:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__PasswordHistorySize, custom_formats, (name_prefix or "data") + ".PasswordHistorySize")
                            data__PasswordHistorySize_any_of_count71 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PasswordHistorySize_any_of_count71:
                        try:
                            if not isinstance(data__PasswordHistorySize, (int, str)) and not (isinstance(data__PasswordHistorySize, float) and data__PasswordHistorySize.is_integer()) or isinstance(data__PasswordHistorySize, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".PasswordHistorySize must be integer or string")
                            if isinstance(data__PasswordHistorySize, str):
                                if not REGEX_PATTERNS['^-?[0-9]+$'].search(data__PasswordHistorySize):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PasswordHistorySize must match pattern ^-?[0-9]+$")
                            if isinstance(data__PasswordHistorySize, (int, float, Decimal)) and not isinstance(data__PasswordHistorySize, bool):
                                if data__PasswordHistorySize < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PasswordHistorySize must be bigger than or equal to 0")
                                if data__PasswordHistorySize > 24:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PasswordHistorySize must be smaller than or equal to 24")
                            data__PasswordHistorySize_any_of_count71 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PasswordHistorySize_any_of_count71:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".PasswordHistorySize cannot be validated by any definition")
                if "RequireLowercase" in data_keys:
                    data_keys.remove("RequireLowercase")
                    data__RequireLowercase = data["RequireLowercase"]
                    data__RequireLowercase_any_of_count72 = 0
                    if not data__RequireLowercase_any_of_count72:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__RequireLowercase, custom_formats, (name_prefix or "data") + ".RequireLowercase")
                            data__RequireLowercase_any_of_count72 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RequireLowercase_any_of_count72:
                        try:
                            if not isinstance(data__RequireLowercase, (bool, str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".RequireLowercase must be boolean or string")
                            if isinstance(data__RequireLowercase, str):
                                if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__RequireLowercase):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".RequireLowercase must match pattern ^(true|false|True|False)$")
                            data__RequireLowercase_any_of_count72 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RequireLowercase_any_of_count72:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".RequireLowercase cannot be validated by any definition")
                if "RequireNumbers" in data_keys:
                    data_keys.remove("RequireNumbers")
                    data__RequireNumbers = data["RequireNumbers"]
                    data__RequireNumbers_any_of_count73 = 0
                    if not data__RequireNumbers_any_of_count73:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__RequireNumbers, custom_formats, (name_prefix or "data") + ".RequireNumbers")
                            data__RequireNumbers_any_of_count73 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RequireNumbers_any_of_count73:
                        try:
                            if not isinstance(data__RequireNumbers, (bool, str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".RequireNumbers must be boolean or string")
                            if isinstance(data__RequireNumbers, str):
                                if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__RequireNumbers):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".RequireNumbers must match pattern ^(true|false|True|False)$")
                            data__RequireNumbers_any_of_count73 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RequireNumbers_any_of_count73:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".RequireNumbers cannot be validated by any definition")
                if "RequireSymbols" in data_keys:
                    data_keys.remove("RequireSymbols")
                    data__RequireSymbols = data["RequireSymbols"]
                    data__RequireSymbols_any_of_count74 = 0
                    if not data__RequireSymbols_any_of_count74:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__RequireSymbols, custom_formats, (name_prefix or "data") + ".RequireSymbols")
                            data__RequireSymbols_any_of_count74 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RequireSymbols_any_of_count74:
                        try:
                            if not isinstance(data__RequireSymbols, (bool, str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".RequireSymbols must be boolean or string")
                            if isinstance(data__RequireSymbols, str):
                                if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__RequireSymbols):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".RequireSymbols must match pattern ^(true|false|True|False)$")
                            data__RequireSymbols_any_of_count74 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RequireSymbols_any_of_count74:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".RequireSymbols cannot be validated by any definition")
                if "RequireUppercase" in data_keys:
                    data_keys.remove("RequireUppercase")
                    data__RequireUppercase = data["RequireUppercase"]
                    data__RequireUppercase_any_of_count75 = 0
                    if not data__RequireUppercase_any_of_count75:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__RequireUppercase, custom_formats, (name_prefix or "data") + ".RequireUppercase")
                            data__RequireUppercase_any_of_count75 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RequireUppercase_any_of_count75:
                        try:
                            if not isinstance(data__RequireUppercase, (bool, str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".RequireUppercase must be boolean or string")
                            if isinstance(data__RequireUppercase, str):
                                if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__RequireUppercase):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".RequireUppercase must match pattern ^(true|false|True|False)$")
                            data__RequireUppercase_any_of_count75 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RequireUppercase_any_of_count75:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".RequireUppercase cannot be validated by any definition")
                if "TemporaryPasswordValidityDays" in data_keys:
                    data_keys.remove("TemporaryPasswordValidityDays")
                    data__TemporaryPasswordValidityDays = data["TemporaryPasswordValidityDays"]
                    data__TemporaryPasswordValidityDays_any_of_count76 = 0
                    if not data__TemporaryPasswordValidityDays_any_of_count76:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__TemporaryPasswordValidityDays, custom_formats, (name_prefix or "data") + ".TemporaryPasswordValidityDays")
                            data__TemporaryPasswordValidityDays_any_of_count76 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__TemporaryPasswordValidityDays_any_of_count76:
                        try:
                            if not isinstance(data__TemporaryPasswordValidityDays, (int, str)) and not (isinstance(data__TemporaryPasswordValidityDays, float) and data__TemporaryPasswordValidityDays.is_integer()) or isinstance(data__TemporaryPasswordValidityDays, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".TemporaryPasswordValidityDays must be integer or string")
                            if isinstance(data__TemporaryPasswordValidityDays, str):
                                if not REGEX_PATTERNS['^-?[0-9]+$'].search(data__TemporaryPasswordValidityDays):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".TemporaryPasswordValidityDays must match pattern ^-?[0-9]+$")
                            if isinstance(data__TemporaryPasswordValidityDays, (int, float, Decimal)) and not isinstance(data__TemporaryPasswordValidityDays, bool):
                                if data__TemporaryPasswordValidityDays < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".TemporaryPasswordValidityDays must be bigger than or equal to 0")
                                if data__TemporaryPasswordValidityDays > 365:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".TemporaryPasswordValidityDays must be smaller than or equal to 365")
                            data__TemporaryPasswordValidityDays_any_of_count76 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__TemporaryPasswordValidityDays_any_of_count76:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".TemporaryPasswordValidityDays cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count69 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count69:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_lambdaconfig(data, custom_formats={}, name_prefix=None):
    data_any_of_count77 = 0
    if not data_any_of_count77:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count77 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count77:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "CreateAuthChallenge" in data_keys:
                    data_keys.remove("CreateAuthChallenge")
                    data__CreateAuthChallenge = data["CreateAuthChallenge"]
                    data__CreateAuthChallenge_any_of_count78 = 0
                    if not data__CreateAuthChallenge_any_of_count78:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__CreateAuthChallenge, custom_formats, (name_prefix or "data") + ".CreateAuthChallenge")
                            data__CreateAuthChallenge_any_of_count78 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__CreateAuthChallenge_any_of_count78:
                        try:
                            if not isinstance(data__CreateAuthChallenge, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".CreateAuthChallenge must be string or number or boolean")
                            if isinstance(data__CreateAuthChallenge, str):
                                data__CreateAuthChallenge_len = len(data__CreateAuthChallenge)
                                if data__CreateAuthChallenge_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".CreateAuthChallenge must be longer than or equal to 20 characters")
                                if data__CreateAuthChallenge_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".CreateAuthChallenge must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__CreateAuthChallenge):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".CreateAuthChallenge must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__CreateAuthChallenge_any_of_count78 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__CreateAuthChallenge_any_of_count78:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".CreateAuthChallenge cannot be validated by any definition")
                if "CustomEmailSender" in data_keys:
                    data_keys.remove("CustomEmailSender")
                    data__CustomEmailSender = data["CustomEmailSender"]
                    validate___definitions_customemailsender(data__CustomEmailSender, custom_formats, (name_prefix or "data") + ".CustomEmailSender")
                if "CustomMessage" in data_keys:
                    data_keys.remove("CustomMessage")
                    data__CustomMessage = data["CustomMessage"]
                    data__CustomMessage_any_of_count79 = 0
                    if not data__CustomMessage_any_of_count79:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__CustomMessage, custom_formats, (name_prefix or "data") + ".CustomMessage")
                            data__CustomMessage_any_of_count79 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__CustomMessage_any_of_count79:
                        try:
                            if not isinstance(data__CustomMessage, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".CustomMessage must be string or number or boolean")
                            if isinstance(data__CustomMessage, str):
                                data__CustomMessage_len = len(data__CustomMessage)
                                if data__CustomMessage_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".CustomMessage must be longer than or equal to 20 characters")
                                if data__CustomMessage_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".CustomMessage must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__CustomMessage):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".CustomMessage must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__CustomMessage_any_of_count79 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__CustomMessage_any_of_count79:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".CustomMessage cannot be validated by any definition")
                if "CustomSMSSender" in data_keys:
                    data_keys.remove("CustomSMSSender")
                    data__CustomSMSSender = data["CustomSMSSender"]
                    validate___definitions_customsmssender(data__CustomSMSSender, custom_formats, (name_prefix or "data") + ".CustomSMSSender")
                if "DefineAuthChallenge" in data_keys:
                    data_keys.remove("DefineAuthChallenge")
                    data__DefineAuthChallenge = data["DefineAuthChallenge"]
                    data__DefineAuthChallenge_any_of_count80 = 0
                    if not data__DefineAuthChallenge_any_of_count80:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__DefineAuthChallenge, custom_formats, (name_prefix or "data") + ".DefineAuthChallenge")
                            data__DefineAuthChallenge_any_of_count80 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__DefineAuthChallenge_any_of_count80:
                        try:
                            if not isinstance(data__DefineAuthChallenge, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".DefineAuthChallenge must be string or number or boolean")
                            if isinstance(data__DefineAuthChallenge, str):
                                data__DefineAuthChallenge_len = len(data__DefineAuthChallenge)
                                if data__DefineAuthChallenge_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".DefineAuthChallenge must be longer than or equal to 20 characters")
                                if data__DefineAuthChallenge_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".DefineAuthChallenge must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__DefineAuthChallenge):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".DefineAuthChallenge must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__DefineAuthChallenge_any_of_count80 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__DefineAuthChallenge_any_of_count80:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".DefineAuthChallenge cannot be validated by any definition")
                if "InboundFederation" in data_keys:
                    data_keys.remove("InboundFederation")
                    data__InboundFederation = data["InboundFederation"]
                    validate___definitions_inboundfederation(data__InboundFederation, custom_formats, (name_prefix or "data") + ".InboundFederation")
                if "KMSKeyID" in data_keys:
                    data_keys.remove("KMSKeyID")
                    data__KMSKeyID = data["KMSKeyID"]
                    data__KMSKeyID_any_of_count81 = 0
                    if not data__KMSKeyID_any_of_count81:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__KMSKeyID, custom_formats, (name_prefix or "data") + ".KMSKeyID")
                            data__KMSKeyID_any_of_count81 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__KMSKeyID_any_of_count81:
                        try:
                            if not isinstance(data__KMSKeyID, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".KMSKeyID must be string or number or boolean")
                            if isinstance(data__KMSKeyID, str):
                                data__KMSKeyID_len = len(data__KMSKeyID)
                                if data__KMSKeyID_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".KMSKeyID must be longer than or equal to 20 characters")
                                if data__KMSKeyID_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".KMSKeyID must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__KMSKeyID):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".KMSKeyID must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__KMSKeyID_any_of_count81 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__KMSKeyID_any_of_count81:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".KMSKeyID cannot be validated by any definition")
                if "PostAuthentication" in data_keys:
                    data_keys.remove("PostAuthentication")
                    data__PostAuthentication = data["PostAuthentication"]
                    data__PostAuthentication_any_of_count82 = 0
                    if not data__PostAuthentication_any_of_count82:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__PostAuthentication, custom_formats, (name_prefix or "data") + ".PostAuthentication")
                            data__PostAuthentication_any_of_count82 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PostAuthentication_any_of_count82:
                        try:
                            if not isinstance(data__PostAuthentication, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".PostAuthentication must be string or number or boolean")
                            if isinstance(data__PostAuthentication, str):
                                data__PostAuthentication_len = len(data__PostAuthentication)
                                if data__PostAuthentication_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PostAuthentication must be longer than or equal to 20 characters")
                                if data__PostAuthentication_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PostAuthentication must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__PostAuthentication):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PostAuthentication must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__PostAuthentication_any_of_count82 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PostAuthentication_any_of_count82:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".PostAuthentication cannot be validated by any definition")
                if "PostConfirmation" in data_keys:
                    data_keys.remove("PostConfirmation")
                    data__PostConfirmation = data["PostConfirmation"]
                    data__PostConfirmation_any_of_count83 = 0
                    if not data__PostConfirmation_any_of_count83:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__PostConfirmation, custom_formats, (name_prefix or "data") + ".PostConfirmation")
                            data__PostConfirmation_any_of_count83 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PostConfirmation_any_of_count83:
                        try:
                            if not isinstance(data__PostConfirmation, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".PostConfirmation must be string or number or boolean")
                            if isinstance(data__PostConfirmation, str):
                                data__PostConfirmation_len = len(data__PostConfirmation)
                                if data__PostConfirmation_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PostConfirmation must be longer than or equal to 20 characters")
                                if data__PostConfirmation_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PostConfirmation must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__PostConfirmation):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PostConfirmation must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__PostConfirmation_any_of_count83 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PostConfirmation_any_of_count83:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".PostConfirmation cannot be validated by any definition")
                if "PreAuthentication" in data_keys:
                    data_keys.remove("PreAuthentication")
                    data__PreAuthentication = data["PreAuthentication"]
                    data__PreAuthentication_any_of_count84 = 0
                    if not data__PreAuthentication_any_of_count84:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__PreAuthentication, custom_formats, (name_prefix or "data") + ".PreAuthentication")
                            data__PreAuthentication_any_of_count84 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PreAuthentication_any_of_count84:
                        try:
                            if not isinstance(data__PreAuthentication, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreAuthentication must be string or number or boolean")
                            if isinstance(data__PreAuthentication, str):
                                data__PreAuthentication_len = len(data__PreAuthentication)
                                if data__PreAuthentication_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreAuthentication must be longer than or equal to 20 characters")
                                if data__PreAuthentication_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreAuthentication must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__PreAuthentication):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreAuthentication must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__PreAuthentication_any_of_count84 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PreAuthentication_any_of_count84:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreAuthentication cannot be validated by any definition")
                if "PreSignUp" in data_keys:
                    data_keys.remove("PreSignUp")
                    data__PreSignUp = data["PreSignUp"]
                    data__PreSignUp_any_of_count85 = 0
                    if not data__PreSignUp_any_of_count85:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__PreSignUp, custom_formats, (name_prefix or "data") + ".PreSignUp")
                            data__PreSignUp_any_of_count85 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PreSignUp_any_of_count85:
                        try:
                            if not isinstance(data__PreSignUp, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreSignUp must be string or number or boolean")
                            if isinstance(data__PreSignUp, str):
                                data__PreSignUp_len = len(data__PreSignUp)
                                if data__PreSignUp_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreSignUp must be longer than or equal to 20 characters")
                                if data__PreSignUp_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreSignUp must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__PreSignUp):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreSignUp must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__PreSignUp_any_of_count85 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PreSignUp_any_of_count85:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreSignUp cannot be validated by any definition")
                if "PreTokenGeneration" in data_keys:
                    data_keys.remove("PreTokenGeneration")
                    data__PreTokenGeneration = data["PreTokenGeneration"]
                    data__PreTokenGeneration_any_of_count86 = 0
                    if not data__PreTokenGeneration_any_of_count86:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__PreTokenGeneration, custom_formats, (name_prefix or "data") + ".PreTokenGeneration")
                            data__PreTokenGeneration_any_of_count86 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PreTokenGeneration_any_of_count86:
                        try:
                            if not isinstance(data__PreTokenGeneration, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreTokenGeneration must be string or number or boolean")
                            if isinstance(data__PreTokenGeneration, str):
                                data__PreTokenGeneration_len = len(data__PreTokenGeneration)
                                if data__PreTokenGeneration_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreTokenGeneration must be longer than or equal to 20 characters")
                                if data__PreTokenGeneration_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreTokenGeneration must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__PreTokenGeneration):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreTokenGeneration must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__PreTokenGeneration_any_of_count86 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__PreTokenGeneration_any_of_count86:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreTokenGeneration cannot be validated by any definition")
                if "PreTokenGenerationConfig" in data_keys:
                    data_keys.remove("PreTokenGenerationConfig")
                    data__PreTokenGenerationConfig = data["PreTokenGenerationConfig"]
                    validate___definitions_pretokengenerationconfig(data__PreTokenGenerationConfig, custom_formats, (name_prefix or "data") + ".PreTokenGenerationConfig")
                if "UserMigration" in data_keys:
                    data_keys.remove("UserMigration")
                    data__UserMigration = data["UserMigration"]
                    data__UserMigration_any_of_count87 = 0
                    if not data__UserMigration_any_of_count87:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__UserMigration, custom_formats, (name_prefix or "data") + ".UserMigration")
                            data__UserMigration_any_of_count87 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__UserMigration_any_of_count87:
                        try:
                            if not isinstance(data__UserMigration, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserMigration must be string or number or boolean")
                            if isinstance(data__UserMigration, str):
                                data__UserMigration_len = len(data__UserMigration)
                                if data__UserMigration_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserMigration must be longer than or equal to 20 characters")
                                if data__UserMigration_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserMigration must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__UserMigration):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserMigration must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__UserMigration_any_of_count87 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__UserMigration_any_of_count87:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserMigration cannot be validated by any definition")
                if "VerifyAuthChallengeResponse" in data_keys:
                    data_keys.remove("VerifyAuthChallengeResponse")
                    data__VerifyAuthChallengeResponse = data["VerifyAuthChallengeResponse"]
                    data__VerifyAuthChallengeResponse_any_of_count88 = 0
                    if not data__VerifyAuthChallengeResponse_any_of_count88:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__VerifyAuthChallengeResponse, custom_formats, (name_prefix or "data") + ".VerifyAuthChallengeResponse")
                            data__VerifyAuthChallengeResponse_any_of_count88 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__VerifyAuthChallengeResponse_any_of_count88:
                        try:
                            if not isinstance(data__VerifyAuthChallengeResponse, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".VerifyAuthChallengeResponse must be string or number or boolean")
                            if isinstance(data__VerifyAuthChallengeResponse, str):
                                data__VerifyAuthChallengeResponse_len = len(data__VerifyAuthChallengeResponse)
                                if data__VerifyAuthChallengeResponse_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".VerifyAuthChallengeResponse must be longer than or equal to 20 characters")
                                if data__VerifyAuthChallengeResponse_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".VerifyAuthChallengeResponse must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__VerifyAuthChallengeResponse):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".VerifyAuthChallengeResponse must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__VerifyAuthChallengeResponse_any_of_count88 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__VerifyAuthChallengeResponse_any_of_count88:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".VerifyAuthChallengeResponse cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count77 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count77:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_pretokengenerationconfig(data, custom_formats={}, name_prefix=None):
    data_any_of_count89 = 0
    if not data_any_of_count89:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count89 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count89:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "LambdaArn" in data_keys:
                    data_keys.remove("LambdaArn")
                    data__LambdaArn = data["LambdaArn"]
                    data__LambdaArn_any_of_count90 = 0
                    if not data__LambdaArn_any_of_count90:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__LambdaArn, custom_formats, (name_prefix or "data") + ".LambdaArn")
                            data__LambdaArn_any_of_count90 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaArn_any_of_count90:
                        try:
                            if not isinstance(data__LambdaArn, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must be string or number or boolean")
                            if isinstance(data__LambdaArn, str):
                                data__LambdaArn_len = len(data__LambdaArn)
                                if data__LambdaArn_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must be longer than or equal to 20 characters")
                                if data__LambdaArn_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__LambdaArn):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__LambdaArn_any_of_count90 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaArn_any_of_count90:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn cannot be validated by any definition")
                if "LambdaVersion" in data_keys:
                    data_keys.remove("LambdaVersion")
                    data__LambdaVersion = data["LambdaVersion"]
                    data__LambdaVersion_any_of_count91 = 0
                    if not data__LambdaVersion_any_of_count91:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__LambdaVersion, custom_formats, (name_prefix or "data") + ".LambdaVersion")
                            data__LambdaVersion_any_of_count91 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaVersion_any_of_count91:
                        try:
                            if not isinstance(data__LambdaVersion, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaVersion must be string or number or boolean")
                            if not (isinstance(data__LambdaVersion, str) and data__LambdaVersion == 'V1_0' or isinstance(data__LambdaVersion, str) and data__LambdaVersion == 'V2_0' or isinstance(data__LambdaVersion, str) and data__LambdaVersion == 'V3_0'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaVersion must be one of ['V1_0', 'V2_0', 'V3_0']")
                            data__LambdaVersion_any_of_count91 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaVersion_any_of_count91:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaVersion cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count89 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count89:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_inboundfederation(data, custom_formats={}, name_prefix=None):
    data_any_of_count92 = 0
    if not data_any_of_count92:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count92 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count92:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "LambdaArn" in data_keys:
                    data_keys.remove("LambdaArn")
                    data__LambdaArn = data["LambdaArn"]
                    data__LambdaArn_any_of_count93 = 0
                    if not data__LambdaArn_any_of_count93:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__LambdaArn, custom_formats, (name_prefix or "data") + ".LambdaArn")
                            data__LambdaArn_any_of_count93 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaArn_any_of_count93:
                        try:
                            if not isinstance(data__LambdaArn, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must be string or number or boolean")
                            if isinstance(data__LambdaArn, str):
                                data__LambdaArn_len = len(data__LambdaArn)
                                if data__LambdaArn_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must be longer than or equal to 20 characters")
                                if data__LambdaArn_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__LambdaArn):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__LambdaArn_any_of_count93 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaArn_any_of_count93:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn cannot be validated by any definition")
                if "LambdaVersion" in data_keys:
                    data_keys.remove("LambdaVersion")
                    data__LambdaVersion = data["LambdaVersion"]
                    data__LambdaVersion_any_of_count94 = 0
                    if not data__LambdaVersion_any_of_count94:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__LambdaVersion, custom_formats, (name_prefix or "data") + ".LambdaVersion")
                            data__LambdaVersion_any_of_count94 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaVersion_any_of_count94:
                        try:
                            if not isinstance(data__LambdaVersion, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaVersion must be string or number or boolean")
                            if not (isinstance(data__LambdaVersion, str) and data__LambdaVersion == 'V1_0'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaVersion must be one of ['V1_0']")
                            data__LambdaVersion_any_of_count94 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaVersion_any_of_count94:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaVersion cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count92 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count92:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_customsmssender(data, custom_formats={}, name_prefix=None):
    data_any_of_count95 = 0
    if not data_any_of_count95:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count95 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count95:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "LambdaArn" in data_keys:
                    data_keys.remove("LambdaArn")
                    data__LambdaArn = data["LambdaArn"]
                    data__LambdaArn_any_of_count96 = 0
                    if not data__LambdaArn_any_of_count96:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__LambdaArn, custom_formats, (name_prefix or "data") + ".LambdaArn")
                            data__LambdaArn_any_of_count96 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaArn_any_of_count96:
                        try:
                            if not isinstance(data__LambdaArn, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must be string or number or boolean")
                            if isinstance(data__LambdaArn, str):
                                data__LambdaArn_len = len(data__LambdaArn)
                                if data__LambdaArn_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must be longer than or equal to 20 characters")
                                if data__LambdaArn_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__LambdaArn):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__LambdaArn_any_of_count96 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaArn_any_of_count96:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn cannot be validated by any definition")
                if "LambdaVersion" in data_keys:
                    data_keys.remove("LambdaVersion")
                    data__LambdaVersion = data["LambdaVersion"]
                    data__LambdaVersion_any_of_count97 = 0
                    if not data__LambdaVersion_any_of_count97:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__LambdaVersion, custom_formats, (name_prefix or "data") + ".LambdaVersion")
                            data__LambdaVersion_any_of_count97 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaVersion_any_of_count97:
                        try:
                            if not isinstance(data__LambdaVersion, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaVersion must be string or number or boolean")
                            if not (isinstance(data__LambdaVersion, str) and data__LambdaVersion == 'V1_0'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaVersion must be one of ['V1_0']")
                            data__LambdaVersion_any_of_count97 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaVersion_any_of_count97:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaVersion cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count95 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count95:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_customemailsender(data, custom_formats={}, name_prefix=None):
    data_any_of_count98 = 0
    if not data_any_of_count98:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count98 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count98:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "LambdaArn" in data_keys:
                    data_keys.remove("LambdaArn")
                    data__LambdaArn = data["LambdaArn"]
                    data__LambdaArn_any_of_count99 = 0
                    if not data__LambdaArn_any_of_count99:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__LambdaArn, custom_formats, (name_prefix or "data") + ".LambdaArn")
                            data__LambdaArn_any_of_count99 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaArn_any_of_count99:
                        try:
                            if not isinstance(data__LambdaArn, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must be string or number or boolean")
                            if isinstance(data__LambdaArn, str):
                                data__LambdaArn_len = len(data__LambdaArn)
                                if data__LambdaArn_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must be longer than or equal to 20 characters")
                                if data__LambdaArn_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__LambdaArn):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__LambdaArn_any_of_count99 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaArn_any_of_count99:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaArn cannot be validated by any definition")
                if "LambdaVersion" in data_keys:
                    data_keys.remove("LambdaVersion")
                    data__LambdaVersion = data["LambdaVersion"]
                    data__LambdaVersion_any_of_count100 = 0
                    if not data__LambdaVersion_any_of_count100:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__LambdaVersion, custom_formats, (name_prefix or "data") + ".LambdaVersion")
                            data__LambdaVersion_any_of_count100 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaVersion_any_of_count100:
                        try:
                            if not isinstance(data__LambdaVersion, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaVersion must be string or number or boolean")
                            if not (isinstance(data__LambdaVersion, str) and data__LambdaVersion == 'V1_0'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaVersion must be one of ['V1_0']")
                            data__LambdaVersion_any_of_count100 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__LambdaVersion_any_of_count100:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".LambdaVersion cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count98 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count98:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_keyconfiguration(data, custom_formats={}, name_prefix=None):
    data_any_of_count101 = 0
    if not data_any_of_count101:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count101 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count101:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "KeyType" in data_keys:
                    data_keys.remove("KeyType")
                    data__KeyType = data["KeyType"]
                    validate___definitions_encryptionkeytype(data__KeyType, custom_formats, (name_prefix or "data") + ".KeyType")
                if "KmsKeyArn" in data_keys:
                    data_keys.remove("KmsKeyArn")
                    data__KmsKeyArn = data["KmsKeyArn"]
                    validate___definitions_encryptionkeyarntype(data__KmsKeyArn, custom_formats, (name_prefix or "data") + ".KmsKeyArn")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count101 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count101:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_encryptionkeyarntype(data, custom_formats={}, name_prefix=None):
    data_any_of_count102 = 0
    if not data_any_of_count102:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count102 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count102:
        try:
            if not isinstance(data, (str, int, float, Decimal, bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string or number or boolean")
            if isinstance(data, str):
                data_len = len(data)
                if data_len < 20:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 20 characters")
                if data_len > 2048:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 2048 characters")
                if not REGEX_PATTERNS['arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?'].search(data):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?")
            data_any_of_count102 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count102:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_encryptionkeytype(data, custom_formats={}, name_prefix=None):
    data_any_of_count103 = 0
    if not data_any_of_count103:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count103 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count103:
        try:
            if not isinstance(data, (str, int, float, Decimal, bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string or number or boolean")
            if not (isinstance(data, str) and data == 'AWS_OWNED_KEY' or isinstance(data, str) and data == 'CUSTOMER_MANAGED_KEY'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['AWS_OWNED_KEY', 'CUSTOMER_MANAGED_KEY']")
            data_any_of_count103 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count103:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_issuerconfiguration(data, custom_formats={}, name_prefix=None):
    data_any_of_count104 = 0
    if not data_any_of_count104:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count104 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count104:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "Type" in data_keys:
                    data_keys.remove("Type")
                    data__Type = data["Type"]
                    data__Type_any_of_count105 = 0
                    if not data__Type_any_of_count105:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__Type, custom_formats, (name_prefix or "data") + ".Type")
                            data__Type_any_of_count105 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Type_any_of_count105:
                        try:
                            if not isinstance(data__Type, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Type must be string or number or boolean")
                            if not (isinstance(data__Type, str) and data__Type == 'ORIGINAL' or isinstance(data__Type, str) and data__Type == 'UPDATED'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Type must be one of ['ORIGINAL', 'UPDATED']")
                            data__Type_any_of_count105 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Type_any_of_count105:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Type cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count104 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count104:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_emailconfiguration(data, custom_formats={}, name_prefix=None):
    data_any_of_count106 = 0
    if not data_any_of_count106:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count106 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count106:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "ConfigurationSet" in data_keys:
                    data_keys.remove("ConfigurationSet")
                    data__ConfigurationSet = data["ConfigurationSet"]
                    data__ConfigurationSet_any_of_count107 = 0
                    if not data__ConfigurationSet_any_of_count107:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__ConfigurationSet, custom_formats, (name_prefix or "data") + ".ConfigurationSet")
                            data__ConfigurationSet_any_of_count107 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ConfigurationSet_any_of_count107:
                        try:
                            if not isinstance(data__ConfigurationSet, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ConfigurationSet must be string or number or boolean")
                            if isinstance(data__ConfigurationSet, str):
                                data__ConfigurationSet_len = len(data__ConfigurationSet)
                                if data__ConfigurationSet_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ConfigurationSet must be longer than or equal to 1 characters")
                                if data__ConfigurationSet_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ConfigurationSet must be shorter than or equal to 64 characters")
                                if not REGEX_PATTERNS['^[a-zA-Z0-9_-]+$'].search(data__ConfigurationSet):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ConfigurationSet must match pattern ^[a-zA-Z0-9_-]+$")
                            data__ConfigurationSet_any_of_count107 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ConfigurationSet_any_of_count107:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ConfigurationSet cannot be validated by any definition")
                if "EmailSendingAccount" in data_keys:
                    data_keys.remove("EmailSendingAccount")
                    data__EmailSendingAccount = data["EmailSendingAccount"]
                    data__EmailSendingAccount_any_of_count108 = 0
                    if not data__EmailSendingAccount_any_of_count108:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__EmailSendingAccount, custom_formats, (name_prefix or "data") + ".EmailSendingAccount")
                            data__EmailSendingAccount_any_of_count108 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailSendingAccount_any_of_count108:
                        try:
                            if not isinstance(data__EmailSendingAccount, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSendingAccount must be string or number or boolean")
                            if not (isinstance(data__EmailSendingAccount, str) and data__EmailSendingAccount == 'COGNITO_DEFAULT' or isinstance(data__EmailSendingAccount, str) and data__EmailSendingAccount == 'DEVELOPER'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSendingAccount must be one of ['COGNITO_DEFAULT', 'DEVELOPER']")
                            data__EmailSendingAccount_any_of_count108 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailSendingAccount_any_of_count108:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSendingAccount cannot be validated by any definition")
                if "From" in data_keys:
                    data_keys.remove("From")
                    data__From = data["From"]
                    data__From_any_of_count109 = 0
                    if not data__From_any_of_count109:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__From, custom_formats, (name_prefix or "data") + ".From")
                            data__From_any_of_count109 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__From_any_of_count109:
                        try:
                            if not isinstance(data__From, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".From must be string or number or boolean")
                            if isinstance(data__From, str):
                                data__From_len = len(data__From)
                                if data__From_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".From must be longer than or equal to 0 characters")
                                if data__From_len > 131072:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".From must be shorter than or equal to 131072 characters")
                            data__From_any_of_count109 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__From_any_of_count109:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".From cannot be validated by any definition")
                if "ReplyToEmailAddress" in data_keys:
                    data_keys.remove("ReplyToEmailAddress")
                    data__ReplyToEmailAddress = data["ReplyToEmailAddress"]
                    data__ReplyToEmailAddress_any_of_count110 = 0
                    if not data__ReplyToEmailAddress_any_of_count110:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__ReplyToEmailAddress, custom_formats, (name_prefix or "data") + ".ReplyToEmailAddress")
                            data__ReplyToEmailAddress_any_of_count110 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ReplyToEmailAddress_any_of_count110:
                        try:
                            if not isinstance(data__ReplyToEmailAddress, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ReplyToEmailAddress must be string or number or boolean")
                            if isinstance(data__ReplyToEmailAddress, str):
                                if not REGEX_PATTERNS['^[\\S]+@[\\S]+$'].search(data__ReplyToEmailAddress):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ReplyToEmailAddress must match pattern ^[\\S]+@[\\S]+$")
                            data__ReplyToEmailAddress_any_of_count110 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ReplyToEmailAddress_any_of_count110:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ReplyToEmailAddress cannot be validated by any definition")
                if "SourceArn" in data_keys:
                    data_keys.remove("SourceArn")
                    data__SourceArn = data["SourceArn"]
                    data__SourceArn_any_of_count111 = 0
                    if not data__SourceArn_any_of_count111:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__SourceArn, custom_formats, (name_prefix or "data") + ".SourceArn")
                            data__SourceArn_any_of_count111 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SourceArn_any_of_count111:
                        try:
                            if not isinstance(data__SourceArn, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".SourceArn must be string or number or boolean")
                            if isinstance(data__SourceArn, str):
                                data__SourceArn_len = len(data__SourceArn)
                                if data__SourceArn_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SourceArn must be longer than or equal to 20 characters")
                                if data__SourceArn_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SourceArn must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__SourceArn):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SourceArn must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__SourceArn_any_of_count111 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SourceArn_any_of_count111:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".SourceArn cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count106 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count106:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_deviceconfiguration(data, custom_formats={}, name_prefix=None):
    data_any_of_count112 = 0
    if not data_any_of_count112:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count112 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count112:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "ChallengeRequiredOnNewDevice" in data_keys:
                    data_keys.remove("ChallengeRequiredOnNewDevice")
                    data__ChallengeRequiredOnNewDevice = data["ChallengeRequiredOnNewDevice"]
                    data__ChallengeRequiredOnNewDevice_any_of_count113 = 0
                    if not data__ChallengeRequiredOnNewDevice_any_of_count113:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__ChallengeRequiredOnNewDevice, custom_formats, (name_prefix or "data") + ".ChallengeRequiredOnNewDevice")
                            data__ChallengeRequiredOnNewDevice_any_of_count113 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ChallengeRequiredOnNewDevice_any_of_count113:
                        try:
                            if not isinstance(data__ChallengeRequiredOnNewDevice, (bool, str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ChallengeRequiredOnNewDevice must be boolean or string")
                            if isinstance(data__ChallengeRequiredOnNewDevice, str):
                                if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__ChallengeRequiredOnNewDevice):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ChallengeRequiredOnNewDevice must match pattern ^(true|false|True|False)$")
                            data__ChallengeRequiredOnNewDevice_any_of_count113 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ChallengeRequiredOnNewDevice_any_of_count113:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ChallengeRequiredOnNewDevice cannot be validated by any definition")
                if "DeviceOnlyRememberedOnUserPrompt" in data_keys:
                    data_keys.remove("DeviceOnlyRememberedOnUserPrompt")
                    data__DeviceOnlyRememberedOnUserPrompt = data["DeviceOnlyRememberedOnUserPrompt"]
                    data__DeviceOnlyRememberedOnUserPrompt_any_of_count114 = 0
                    if not data__DeviceOnlyRememberedOnUserPrompt_any_of_count114:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__DeviceOnlyRememberedOnUserPrompt, custom_formats, (name_prefix or "data") + ".DeviceOnlyRememberedOnUserPrompt")
                            data__DeviceOnlyRememberedOnUserPrompt_any_of_count114 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__DeviceOnlyRememberedOnUserPrompt_any_of_count114:
                        try:
                            if not isinstance(data__DeviceOnlyRememberedOnUserPrompt, (bool, str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".DeviceOnlyRememberedOnUserPrompt must be boolean or string")
                            if isinstance(data__DeviceOnlyRememberedOnUserPrompt, str):
                                if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__DeviceOnlyRememberedOnUserPrompt):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".DeviceOnlyRememberedOnUserPrompt must match pattern ^(true|false|True|False)$")
                            data__DeviceOnlyRememberedOnUserPrompt_any_of_count114 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__DeviceOnlyRememberedOnUserPrompt_any_of_count114:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".DeviceOnlyRememberedOnUserPrompt cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count112 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count112:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_stackgen_cloudformationfunction(data, custom_formats={}, name_prefix=None):
    data_any_of_count115 = 0
    if not data_any_of_count115:
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
            data_any_of_count115 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count115:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
            if isinstance(data, str):
                if not REGEX_PATTERNS['\\{\\{resolve:(ssm|ssm-secure|secretsmanager):'].search(data):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern \\{\\{resolve:(ssm|ssm-secure|secretsmanager):")
            data_any_of_count115 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count115:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_admincreateuserconfig(data, custom_formats={}, name_prefix=None):
    data_any_of_count116 = 0
    if not data_any_of_count116:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count116 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count116:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "AllowAdminCreateUserOnly" in data_keys:
                    data_keys.remove("AllowAdminCreateUserOnly")
                    data__AllowAdminCreateUserOnly = data["AllowAdminCreateUserOnly"]
                    data__AllowAdminCreateUserOnly_any_of_count117 = 0
                    if not data__AllowAdminCreateUserOnly_any_of_count117:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__AllowAdminCreateUserOnly, custom_formats, (name_prefix or "data") + ".AllowAdminCreateUserOnly")
                            data__AllowAdminCreateUserOnly_any_of_count117 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__AllowAdminCreateUserOnly_any_of_count117:
                        try:
                            if not isinstance(data__AllowAdminCreateUserOnly, (bool, str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowAdminCreateUserOnly must be boolean or string")
                            if isinstance(data__AllowAdminCreateUserOnly, str):
                                if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__AllowAdminCreateUserOnly):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowAdminCreateUserOnly must match pattern ^(true|false|True|False)$")
                            data__AllowAdminCreateUserOnly_any_of_count117 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__AllowAdminCreateUserOnly_any_of_count117:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowAdminCreateUserOnly cannot be validated by any definition")
                if "InviteMessageTemplate" in data_keys:
                    data_keys.remove("InviteMessageTemplate")
                    data__InviteMessageTemplate = data["InviteMessageTemplate"]
                    validate___definitions_invitemessagetemplate(data__InviteMessageTemplate, custom_formats, (name_prefix or "data") + ".InviteMessageTemplate")
                if "UnusedAccountValidityDays" in data_keys:
                    data_keys.remove("UnusedAccountValidityDays")
                    data__UnusedAccountValidityDays = data["UnusedAccountValidityDays"]
                    data__UnusedAccountValidityDays_any_of_count118 = 0
                    if not data__UnusedAccountValidityDays_any_of_count118:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__UnusedAccountValidityDays, custom_formats, (name_prefix or "data") + ".UnusedAccountValidityDays")
                            data__UnusedAccountValidityDays_any_of_count118 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__UnusedAccountValidityDays_any_of_count118:
                        try:
                            if not isinstance(data__UnusedAccountValidityDays, (int, str)) and not (isinstance(data__UnusedAccountValidityDays, float) and data__UnusedAccountValidityDays.is_integer()) or isinstance(data__UnusedAccountValidityDays, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".UnusedAccountValidityDays must be integer or string")
                            if isinstance(data__UnusedAccountValidityDays, str):
                                if not REGEX_PATTERNS['^-?[0-9]+$'].search(data__UnusedAccountValidityDays):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".UnusedAccountValidityDays must match pattern ^-?[0-9]+$")
                            if isinstance(data__UnusedAccountValidityDays, (int, float, Decimal)) and not isinstance(data__UnusedAccountValidityDays, bool):
                                if data__UnusedAccountValidityDays < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".UnusedAccountValidityDays must be bigger than or equal to 0")
                                if data__UnusedAccountValidityDays > 365:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".UnusedAccountValidityDays must be smaller than or equal to 365")
                            data__UnusedAccountValidityDays_any_of_count118 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__UnusedAccountValidityDays_any_of_count118:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".UnusedAccountValidityDays cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count116 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count116:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_invitemessagetemplate(data, custom_formats={}, name_prefix=None):
    data_any_of_count119 = 0
    if not data_any_of_count119:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count119 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count119:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "EmailMessage" in data_keys:
                    data_keys.remove("EmailMessage")
                    data__EmailMessage = data["EmailMessage"]
                    data__EmailMessage_any_of_count120 = 0
                    if not data__EmailMessage_any_of_count120:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__EmailMessage, custom_formats, (name_prefix or "data") + ".EmailMessage")
                            data__EmailMessage_any_of_count120 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailMessage_any_of_count120:
                        try:
                            if not isinstance(data__EmailMessage, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessage must be string or number or boolean")
                            if isinstance(data__EmailMessage, str):
                                data__EmailMessage_len = len(data__EmailMessage)
                                if data__EmailMessage_len < 6:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessage must be longer than or equal to 6 characters")
                                if data__EmailMessage_len > 20000:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessage must be shorter than or equal to 20000 characters")
                                if not REGEX_PATTERNS['^[\\S\\s*]*$'].search(data__EmailMessage):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessage must match pattern ^[\\S\\s*]*$")
                            data__EmailMessage_any_of_count120 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailMessage_any_of_count120:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailMessage cannot be validated by any definition")
                if "EmailSubject" in data_keys:
                    data_keys.remove("EmailSubject")
                    data__EmailSubject = data["EmailSubject"]
                    data__EmailSubject_any_of_count121 = 0
                    if not data__EmailSubject_any_of_count121:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__EmailSubject, custom_formats, (name_prefix or "data") + ".EmailSubject")
                            data__EmailSubject_any_of_count121 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailSubject_any_of_count121:
                        try:
                            if not isinstance(data__EmailSubject, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubject must be string or number or boolean")
                            if isinstance(data__EmailSubject, str):
                                data__EmailSubject_len = len(data__EmailSubject)
                                if data__EmailSubject_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubject must be longer than or equal to 1 characters")
                                if data__EmailSubject_len > 140:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubject must be shorter than or equal to 140 characters")
                                if not REGEX_PATTERNS['^[\\S\\s]+$'].search(data__EmailSubject):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubject must match pattern ^[\\S\\s]+$")
                            data__EmailSubject_any_of_count121 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__EmailSubject_any_of_count121:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EmailSubject cannot be validated by any definition")
                if "SMSMessage" in data_keys:
                    data_keys.remove("SMSMessage")
                    data__SMSMessage = data["SMSMessage"]
                    data__SMSMessage_any_of_count122 = 0
                    if not data__SMSMessage_any_of_count122:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__SMSMessage, custom_formats, (name_prefix or "data") + ".SMSMessage")
                            data__SMSMessage_any_of_count122 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SMSMessage_any_of_count122:
                        try:
                            if not isinstance(data__SMSMessage, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".SMSMessage must be string or number or boolean")
                            if isinstance(data__SMSMessage, str):
                                data__SMSMessage_len = len(data__SMSMessage)
                                if data__SMSMessage_len < 6:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SMSMessage must be longer than or equal to 6 characters")
                                if data__SMSMessage_len > 140:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SMSMessage must be shorter than or equal to 140 characters")
                                if not REGEX_PATTERNS['(?s)^'].search(data__SMSMessage):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".SMSMessage must match pattern (?s)^")
                            data__SMSMessage_any_of_count122 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__SMSMessage_any_of_count122:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".SMSMessage cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count119 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count119:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_accountrecoverysetting(data, custom_formats={}, name_prefix=None):
    data_any_of_count123 = 0
    if not data_any_of_count123:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count123 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count123:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "RecoveryMechanisms" in data_keys:
                    data_keys.remove("RecoveryMechanisms")
                    data__RecoveryMechanisms = data["RecoveryMechanisms"]
                    data__RecoveryMechanisms_any_of_count124 = 0
                    if not data__RecoveryMechanisms_any_of_count124:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__RecoveryMechanisms, custom_formats, (name_prefix or "data") + ".RecoveryMechanisms")
                            data__RecoveryMechanisms_any_of_count124 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RecoveryMechanisms_any_of_count124:
                        try:
                            if not isinstance(data__RecoveryMechanisms, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".RecoveryMechanisms must be array")
                            data__RecoveryMechanisms_is_list = isinstance(data__RecoveryMechanisms, (list, tuple))
                            if data__RecoveryMechanisms_is_list:
                                data__RecoveryMechanisms_len = len(data__RecoveryMechanisms)
                                if data__RecoveryMechanisms_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".RecoveryMechanisms must contain at least 1 items")
                                if data__RecoveryMechanisms_len > 2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".RecoveryMechanisms must contain less than or equal to 2 items")
                                for data__RecoveryMechanisms_x, data__RecoveryMechanisms_item in enumerate(data__RecoveryMechanisms):
                                    validate___definitions_recoveryoption(data__RecoveryMechanisms_item, custom_formats, (name_prefix or "data") + ".RecoveryMechanisms[{data__RecoveryMechanisms_x}]".format(**locals()))
                            data__RecoveryMechanisms_any_of_count124 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RecoveryMechanisms_any_of_count124:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".RecoveryMechanisms cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count123 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count123:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_recoveryoption(data, custom_formats={}, name_prefix=None):
    data_any_of_count125 = 0
    if not data_any_of_count125:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count125 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count125:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "Name" in data_keys:
                    data_keys.remove("Name")
                    data__Name = data["Name"]
                    data__Name_any_of_count126 = 0
                    if not data__Name_any_of_count126:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__Name, custom_formats, (name_prefix or "data") + ".Name")
                            data__Name_any_of_count126 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Name_any_of_count126:
                        try:
                            if not isinstance(data__Name, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Name must be string or number or boolean")
                            if not (isinstance(data__Name, str) and data__Name == 'admin_only' or isinstance(data__Name, str) and data__Name == 'verified_email' or isinstance(data__Name, str) and data__Name == 'verified_phone_number'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Name must be one of ['admin_only', 'verified_email', 'verified_phone_number']")
                            data__Name_any_of_count126 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Name_any_of_count126:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Name cannot be validated by any definition")
                if "Priority" in data_keys:
                    data_keys.remove("Priority")
                    data__Priority = data["Priority"]
                    data__Priority_any_of_count127 = 0
                    if not data__Priority_any_of_count127:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__Priority, custom_formats, (name_prefix or "data") + ".Priority")
                            data__Priority_any_of_count127 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Priority_any_of_count127:
                        try:
                            if not isinstance(data__Priority, (int, str)) and not (isinstance(data__Priority, float) and data__Priority.is_integer()) or isinstance(data__Priority, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Priority must be integer or string")
                            if isinstance(data__Priority, str):
                                if not REGEX_PATTERNS['^-?[0-9]+$'].search(data__Priority):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".Priority must match pattern ^-?[0-9]+$")
                            if isinstance(data__Priority, (int, float, Decimal)) and not isinstance(data__Priority, bool):
                                if data__Priority < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".Priority must be bigger than or equal to 1")
                                if data__Priority > 2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".Priority must be smaller than or equal to 2")
                            data__Priority_any_of_count127 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Priority_any_of_count127:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Priority cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count125 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count125:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

validate = validate
