"""The compiled check of AWS::Cognito::UserPoolClient's properties. Generated: do not edit.

Made from stackgen/data/aws/AWS-Cognito-UserPoolClient.json (see stackgen.properties.checking_schema) by
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
    '^(true|false|True|False)$': _later('^(true|false|True|False)\\Z'),
    '^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$': _later('^[\\x21\\x23-\\x5B\\x5D-\\x7E]+\\Z'),
    '^[\\S]+$': _later('^[\\S]+\\Z'),
    '^[\\w\\s+=,.@-]+$': _later('^[\\w\\s+=,.@-]+\\Z'),
    '^[\\S\\s]+$': _later('^[\\S\\s]+\\Z'),
    '^[\\w-]+_[0-9a-zA-Z]+$': _later('^[\\w-]+_[0-9a-zA-Z]+\\Z'),
    '^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$': _later('^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?\\Z'),
    '^[0-9a-fA-F]+$': _later('^[0-9a-fA-F]+\\Z'),
    '\\{\\{resolve:(ssm|ssm-secure|secretsmanager):': _later('\\{\\{resolve:(ssm|ssm-secure|secretsmanager):')
})

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "AccessTokenValidity" in data_keys:
            data_keys.remove("AccessTokenValidity")
            data__AccessTokenValidity = data["AccessTokenValidity"]
            data__AccessTokenValidity_any_of_count1 = 0
            if not data__AccessTokenValidity_any_of_count1:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__AccessTokenValidity, custom_formats, (name_prefix or "data") + ".AccessTokenValidity")
                    data__AccessTokenValidity_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AccessTokenValidity_any_of_count1:
                try:
                    if not isinstance(data__AccessTokenValidity, (int, str)) and not (isinstance(data__AccessTokenValidity, float) and data__AccessTokenValidity.is_integer()) or isinstance(data__AccessTokenValidity, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AccessTokenValidity must be integer or string")
                    if isinstance(data__AccessTokenValidity, str):
                        if not REGEX_PATTERNS['^-?[0-9]+$'].search(data__AccessTokenValidity):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AccessTokenValidity must match pattern ^-?[0-9]+$")
                    if isinstance(data__AccessTokenValidity, (int, float, Decimal)) and not isinstance(data__AccessTokenValidity, bool):
                        if data__AccessTokenValidity < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AccessTokenValidity must be bigger than or equal to 1")
                        if data__AccessTokenValidity > 86400:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AccessTokenValidity must be smaller than or equal to 86400")
                    data__AccessTokenValidity_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AccessTokenValidity_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AccessTokenValidity cannot be validated by any definition")
        if "AllowedOAuthFlows" in data_keys:
            data_keys.remove("AllowedOAuthFlows")
            data__AllowedOAuthFlows = data["AllowedOAuthFlows"]
            data__AllowedOAuthFlows_any_of_count2 = 0
            if not data__AllowedOAuthFlows_any_of_count2:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__AllowedOAuthFlows, custom_formats, (name_prefix or "data") + ".AllowedOAuthFlows")
                    data__AllowedOAuthFlows_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AllowedOAuthFlows_any_of_count2:
                try:
                    if not isinstance(data__AllowedOAuthFlows, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthFlows must be array")
                    data__AllowedOAuthFlows_is_list = isinstance(data__AllowedOAuthFlows, (list, tuple))
                    if data__AllowedOAuthFlows_is_list:
                        data__AllowedOAuthFlows_len = len(data__AllowedOAuthFlows)
                        if data__AllowedOAuthFlows_len < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthFlows must contain at least 0 items")
                        if data__AllowedOAuthFlows_len > 3:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthFlows must contain less than or equal to 3 items")
                        for data__AllowedOAuthFlows_x, data__AllowedOAuthFlows_item in enumerate(data__AllowedOAuthFlows):
                            data__AllowedOAuthFlows_item_any_of_count3 = 0
                            if not data__AllowedOAuthFlows_item_any_of_count3:
                                try:
                                    validate___definitions_stackgen_cloudformationfunction(data__AllowedOAuthFlows_item, custom_formats, (name_prefix or "data") + ".AllowedOAuthFlows[{data__AllowedOAuthFlows_x}]".format(**locals()))
                                    data__AllowedOAuthFlows_item_any_of_count3 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__AllowedOAuthFlows_item_any_of_count3:
                                try:
                                    if not isinstance(data__AllowedOAuthFlows_item, (str, int, float, Decimal, bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthFlows[{data__AllowedOAuthFlows_x}]".format(**locals()) + " must be string or number or boolean")
                                    if not (isinstance(data__AllowedOAuthFlows_item, str) and data__AllowedOAuthFlows_item == 'client_credentials' or isinstance(data__AllowedOAuthFlows_item, str) and data__AllowedOAuthFlows_item == 'code' or isinstance(data__AllowedOAuthFlows_item, str) and data__AllowedOAuthFlows_item == 'implicit'):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthFlows[{data__AllowedOAuthFlows_x}]".format(**locals()) + " must be one of ['client_credentials', 'code', 'implicit']")
                                    data__AllowedOAuthFlows_item_any_of_count3 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__AllowedOAuthFlows_item_any_of_count3:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthFlows[{data__AllowedOAuthFlows_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__AllowedOAuthFlows_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AllowedOAuthFlows_any_of_count2:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthFlows cannot be validated by any definition")
        if "AllowedOAuthFlowsUserPoolClient" in data_keys:
            data_keys.remove("AllowedOAuthFlowsUserPoolClient")
            data__AllowedOAuthFlowsUserPoolClient = data["AllowedOAuthFlowsUserPoolClient"]
            data__AllowedOAuthFlowsUserPoolClient_any_of_count4 = 0
            if not data__AllowedOAuthFlowsUserPoolClient_any_of_count4:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__AllowedOAuthFlowsUserPoolClient, custom_formats, (name_prefix or "data") + ".AllowedOAuthFlowsUserPoolClient")
                    data__AllowedOAuthFlowsUserPoolClient_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AllowedOAuthFlowsUserPoolClient_any_of_count4:
                try:
                    if not isinstance(data__AllowedOAuthFlowsUserPoolClient, (bool, str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthFlowsUserPoolClient must be boolean or string")
                    if isinstance(data__AllowedOAuthFlowsUserPoolClient, str):
                        if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__AllowedOAuthFlowsUserPoolClient):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthFlowsUserPoolClient must match pattern ^(true|false|True|False)$")
                    data__AllowedOAuthFlowsUserPoolClient_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AllowedOAuthFlowsUserPoolClient_any_of_count4:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthFlowsUserPoolClient cannot be validated by any definition")
        if "AllowedOAuthScopes" in data_keys:
            data_keys.remove("AllowedOAuthScopes")
            data__AllowedOAuthScopes = data["AllowedOAuthScopes"]
            data__AllowedOAuthScopes_any_of_count5 = 0
            if not data__AllowedOAuthScopes_any_of_count5:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__AllowedOAuthScopes, custom_formats, (name_prefix or "data") + ".AllowedOAuthScopes")
                    data__AllowedOAuthScopes_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AllowedOAuthScopes_any_of_count5:
                try:
                    if not isinstance(data__AllowedOAuthScopes, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthScopes must be array")
                    data__AllowedOAuthScopes_is_list = isinstance(data__AllowedOAuthScopes, (list, tuple))
                    if data__AllowedOAuthScopes_is_list:
                        data__AllowedOAuthScopes_len = len(data__AllowedOAuthScopes)
                        if data__AllowedOAuthScopes_len < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthScopes must contain at least 0 items")
                        if data__AllowedOAuthScopes_len > 50:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthScopes must contain less than or equal to 50 items")
                        for data__AllowedOAuthScopes_x, data__AllowedOAuthScopes_item in enumerate(data__AllowedOAuthScopes):
                            data__AllowedOAuthScopes_item_any_of_count6 = 0
                            if not data__AllowedOAuthScopes_item_any_of_count6:
                                try:
                                    validate___definitions_stackgen_cloudformationfunction(data__AllowedOAuthScopes_item, custom_formats, (name_prefix or "data") + ".AllowedOAuthScopes[{data__AllowedOAuthScopes_x}]".format(**locals()))
                                    data__AllowedOAuthScopes_item_any_of_count6 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__AllowedOAuthScopes_item_any_of_count6:
                                try:
                                    if not isinstance(data__AllowedOAuthScopes_item, (str, int, float, Decimal, bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthScopes[{data__AllowedOAuthScopes_x}]".format(**locals()) + " must be string or number or boolean")
                                    if isinstance(data__AllowedOAuthScopes_item, str):
                                        data__AllowedOAuthScopes_item_len = len(data__AllowedOAuthScopes_item)
                                        if data__AllowedOAuthScopes_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthScopes[{data__AllowedOAuthScopes_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if data__AllowedOAuthScopes_item_len > 256:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthScopes[{data__AllowedOAuthScopes_x}]".format(**locals()) + " must be shorter than or equal to 256 characters")
                                        if not REGEX_PATTERNS['^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$'].search(data__AllowedOAuthScopes_item):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthScopes[{data__AllowedOAuthScopes_x}]".format(**locals()) + " must match pattern ^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$")
                                    data__AllowedOAuthScopes_item_any_of_count6 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__AllowedOAuthScopes_item_any_of_count6:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthScopes[{data__AllowedOAuthScopes_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__AllowedOAuthScopes_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AllowedOAuthScopes_any_of_count5:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AllowedOAuthScopes cannot be validated by any definition")
        if "AnalyticsConfiguration" in data_keys:
            data_keys.remove("AnalyticsConfiguration")
            data__AnalyticsConfiguration = data["AnalyticsConfiguration"]
            validate___definitions_analyticsconfiguration(data__AnalyticsConfiguration, custom_formats, (name_prefix or "data") + ".AnalyticsConfiguration")
        if "AuthSessionValidity" in data_keys:
            data_keys.remove("AuthSessionValidity")
            data__AuthSessionValidity = data["AuthSessionValidity"]
            data__AuthSessionValidity_any_of_count7 = 0
            if not data__AuthSessionValidity_any_of_count7:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__AuthSessionValidity, custom_formats, (name_prefix or "data") + ".AuthSessionValidity")
                    data__AuthSessionValidity_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AuthSessionValidity_any_of_count7:
                try:
                    if not isinstance(data__AuthSessionValidity, (int, str)) and not (isinstance(data__AuthSessionValidity, float) and data__AuthSessionValidity.is_integer()) or isinstance(data__AuthSessionValidity, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AuthSessionValidity must be integer or string")
                    if isinstance(data__AuthSessionValidity, str):
                        if not REGEX_PATTERNS['^-?[0-9]+$'].search(data__AuthSessionValidity):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AuthSessionValidity must match pattern ^-?[0-9]+$")
                    if isinstance(data__AuthSessionValidity, (int, float, Decimal)) and not isinstance(data__AuthSessionValidity, bool):
                        if data__AuthSessionValidity < 3:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AuthSessionValidity must be bigger than or equal to 3")
                        if data__AuthSessionValidity > 15:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".AuthSessionValidity must be smaller than or equal to 15")
                    data__AuthSessionValidity_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__AuthSessionValidity_any_of_count7:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AuthSessionValidity cannot be validated by any definition")
        if "CallbackURLs" in data_keys:
            data_keys.remove("CallbackURLs")
            data__CallbackURLs = data["CallbackURLs"]
            data__CallbackURLs_any_of_count8 = 0
            if not data__CallbackURLs_any_of_count8:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__CallbackURLs, custom_formats, (name_prefix or "data") + ".CallbackURLs")
                    data__CallbackURLs_any_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__CallbackURLs_any_of_count8:
                try:
                    if not isinstance(data__CallbackURLs, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallbackURLs must be array")
                    data__CallbackURLs_is_list = isinstance(data__CallbackURLs, (list, tuple))
                    if data__CallbackURLs_is_list:
                        data__CallbackURLs_len = len(data__CallbackURLs)
                        if data__CallbackURLs_len < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallbackURLs must contain at least 0 items")
                        if data__CallbackURLs_len > 100:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallbackURLs must contain less than or equal to 100 items")
                        for data__CallbackURLs_x, data__CallbackURLs_item in enumerate(data__CallbackURLs):
                            data__CallbackURLs_item_any_of_count9 = 0
                            if not data__CallbackURLs_item_any_of_count9:
                                try:
                                    validate___definitions_stackgen_cloudformationfunction(data__CallbackURLs_item, custom_formats, (name_prefix or "data") + ".CallbackURLs[{data__CallbackURLs_x}]".format(**locals()))
                                    data__CallbackURLs_item_any_of_count9 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__CallbackURLs_item_any_of_count9:
                                try:
                                    if not isinstance(data__CallbackURLs_item, (str, int, float, Decimal, bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallbackURLs[{data__CallbackURLs_x}]".format(**locals()) + " must be string or number or boolean")
                                    if isinstance(data__CallbackURLs_item, str):
                                        data__CallbackURLs_item_len = len(data__CallbackURLs_item)
                                        if data__CallbackURLs_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallbackURLs[{data__CallbackURLs_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if data__CallbackURLs_item_len > 1024:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallbackURLs[{data__CallbackURLs_x}]".format(**locals()) + " must be shorter than or equal to 1024 characters")
                                        if not REGEX_PATTERNS['^[\\S]+$'].search(data__CallbackURLs_item):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallbackURLs[{data__CallbackURLs_x}]".format(**locals()) + " must match pattern ^[\\S]+$")
                                    data__CallbackURLs_item_any_of_count9 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__CallbackURLs_item_any_of_count9:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallbackURLs[{data__CallbackURLs_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__CallbackURLs_any_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__CallbackURLs_any_of_count8:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".CallbackURLs cannot be validated by any definition")
        if "ClientName" in data_keys:
            data_keys.remove("ClientName")
            data__ClientName = data["ClientName"]
            data__ClientName_any_of_count10 = 0
            if not data__ClientName_any_of_count10:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__ClientName, custom_formats, (name_prefix or "data") + ".ClientName")
                    data__ClientName_any_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ClientName_any_of_count10:
                try:
                    if not isinstance(data__ClientName, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ClientName must be string or number or boolean")
                    if isinstance(data__ClientName, str):
                        data__ClientName_len = len(data__ClientName)
                        if data__ClientName_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ClientName must be longer than or equal to 1 characters")
                        if data__ClientName_len > 128:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ClientName must be shorter than or equal to 128 characters")
                        if not REGEX_PATTERNS['^[\\w\\s+=,.@-]+$'].search(data__ClientName):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ClientName must match pattern ^[\\w\\s+=,.@-]+$")
                    data__ClientName_any_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ClientName_any_of_count10:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ClientName cannot be validated by any definition")
        if "DefaultRedirectURI" in data_keys:
            data_keys.remove("DefaultRedirectURI")
            data__DefaultRedirectURI = data["DefaultRedirectURI"]
            data__DefaultRedirectURI_any_of_count11 = 0
            if not data__DefaultRedirectURI_any_of_count11:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__DefaultRedirectURI, custom_formats, (name_prefix or "data") + ".DefaultRedirectURI")
                    data__DefaultRedirectURI_any_of_count11 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__DefaultRedirectURI_any_of_count11:
                try:
                    if not isinstance(data__DefaultRedirectURI, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".DefaultRedirectURI must be string or number or boolean")
                    if isinstance(data__DefaultRedirectURI, str):
                        data__DefaultRedirectURI_len = len(data__DefaultRedirectURI)
                        if data__DefaultRedirectURI_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".DefaultRedirectURI must be longer than or equal to 1 characters")
                        if data__DefaultRedirectURI_len > 1024:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".DefaultRedirectURI must be shorter than or equal to 1024 characters")
                        if not REGEX_PATTERNS['^[\\S]+$'].search(data__DefaultRedirectURI):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".DefaultRedirectURI must match pattern ^[\\S]+$")
                    data__DefaultRedirectURI_any_of_count11 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__DefaultRedirectURI_any_of_count11:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".DefaultRedirectURI cannot be validated by any definition")
        if "EnablePropagateAdditionalUserContextData" in data_keys:
            data_keys.remove("EnablePropagateAdditionalUserContextData")
            data__EnablePropagateAdditionalUserContextData = data["EnablePropagateAdditionalUserContextData"]
            data__EnablePropagateAdditionalUserContextData_any_of_count12 = 0
            if not data__EnablePropagateAdditionalUserContextData_any_of_count12:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__EnablePropagateAdditionalUserContextData, custom_formats, (name_prefix or "data") + ".EnablePropagateAdditionalUserContextData")
                    data__EnablePropagateAdditionalUserContextData_any_of_count12 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EnablePropagateAdditionalUserContextData_any_of_count12:
                try:
                    if not isinstance(data__EnablePropagateAdditionalUserContextData, (bool, str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EnablePropagateAdditionalUserContextData must be boolean or string")
                    if isinstance(data__EnablePropagateAdditionalUserContextData, str):
                        if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__EnablePropagateAdditionalUserContextData):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".EnablePropagateAdditionalUserContextData must match pattern ^(true|false|True|False)$")
                    data__EnablePropagateAdditionalUserContextData_any_of_count12 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EnablePropagateAdditionalUserContextData_any_of_count12:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EnablePropagateAdditionalUserContextData cannot be validated by any definition")
        if "EnableTokenRevocation" in data_keys:
            data_keys.remove("EnableTokenRevocation")
            data__EnableTokenRevocation = data["EnableTokenRevocation"]
            data__EnableTokenRevocation_any_of_count13 = 0
            if not data__EnableTokenRevocation_any_of_count13:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__EnableTokenRevocation, custom_formats, (name_prefix or "data") + ".EnableTokenRevocation")
                    data__EnableTokenRevocation_any_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EnableTokenRevocation_any_of_count13:
                try:
                    if not isinstance(data__EnableTokenRevocation, (bool, str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".EnableTokenRevocation must be boolean or string")
                    if isinstance(data__EnableTokenRevocation, str):
                        if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__EnableTokenRevocation):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".EnableTokenRevocation must match pattern ^(true|false|True|False)$")
                    data__EnableTokenRevocation_any_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__EnableTokenRevocation_any_of_count13:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".EnableTokenRevocation cannot be validated by any definition")
        if "ExplicitAuthFlows" in data_keys:
            data_keys.remove("ExplicitAuthFlows")
            data__ExplicitAuthFlows = data["ExplicitAuthFlows"]
            data__ExplicitAuthFlows_any_of_count14 = 0
            if not data__ExplicitAuthFlows_any_of_count14:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__ExplicitAuthFlows, custom_formats, (name_prefix or "data") + ".ExplicitAuthFlows")
                    data__ExplicitAuthFlows_any_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ExplicitAuthFlows_any_of_count14:
                try:
                    if not isinstance(data__ExplicitAuthFlows, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExplicitAuthFlows must be array")
                    data__ExplicitAuthFlows_is_list = isinstance(data__ExplicitAuthFlows, (list, tuple))
                    if data__ExplicitAuthFlows_is_list:
                        data__ExplicitAuthFlows_len = len(data__ExplicitAuthFlows)
                        for data__ExplicitAuthFlows_x, data__ExplicitAuthFlows_item in enumerate(data__ExplicitAuthFlows):
                            data__ExplicitAuthFlows_item_any_of_count15 = 0
                            if not data__ExplicitAuthFlows_item_any_of_count15:
                                try:
                                    validate___definitions_stackgen_cloudformationfunction(data__ExplicitAuthFlows_item, custom_formats, (name_prefix or "data") + ".ExplicitAuthFlows[{data__ExplicitAuthFlows_x}]".format(**locals()))
                                    data__ExplicitAuthFlows_item_any_of_count15 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__ExplicitAuthFlows_item_any_of_count15:
                                try:
                                    if not isinstance(data__ExplicitAuthFlows_item, (str, int, float, Decimal, bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExplicitAuthFlows[{data__ExplicitAuthFlows_x}]".format(**locals()) + " must be string or number or boolean")
                                    if not (isinstance(data__ExplicitAuthFlows_item, str) and data__ExplicitAuthFlows_item == 'ADMIN_NO_SRP_AUTH' or isinstance(data__ExplicitAuthFlows_item, str) and data__ExplicitAuthFlows_item == 'ALLOW_ADMIN_USER_PASSWORD_AUTH' or isinstance(data__ExplicitAuthFlows_item, str) and data__ExplicitAuthFlows_item == 'ALLOW_CUSTOM_AUTH' or isinstance(data__ExplicitAuthFlows_item, str) and data__ExplicitAuthFlows_item == 'ALLOW_REFRESH_TOKEN_AUTH' or isinstance(data__ExplicitAuthFlows_item, str) and data__ExplicitAuthFlows_item == 'ALLOW_USER_AUTH' or isinstance(data__ExplicitAuthFlows_item, str) and data__ExplicitAuthFlows_item == 'ALLOW_USER_PASSWORD_AUTH' or isinstance(data__ExplicitAuthFlows_item, str) and data__ExplicitAuthFlows_item == 'ALLOW_USER_SRP_AUTH' or isinstance(data__ExplicitAuthFlows_item, str) and data__ExplicitAuthFlows_item == 'CUSTOM_AUTH_FLOW_ONLY' or isinstance(data__ExplicitAuthFlows_item, str) and data__ExplicitAuthFlows_item == 'USER_PASSWORD_AUTH'):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExplicitAuthFlows[{data__ExplicitAuthFlows_x}]".format(**locals()) + " must be one of ['ADMIN_NO_SRP_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'CUSTOM_AUTH_FLOW_ONLY', 'USER_PASSWORD_AUTH']")
                                    data__ExplicitAuthFlows_item_any_of_count15 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__ExplicitAuthFlows_item_any_of_count15:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExplicitAuthFlows[{data__ExplicitAuthFlows_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__ExplicitAuthFlows_any_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ExplicitAuthFlows_any_of_count14:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExplicitAuthFlows cannot be validated by any definition")
        if "GenerateSecret" in data_keys:
            data_keys.remove("GenerateSecret")
            data__GenerateSecret = data["GenerateSecret"]
            data__GenerateSecret_any_of_count16 = 0
            if not data__GenerateSecret_any_of_count16:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__GenerateSecret, custom_formats, (name_prefix or "data") + ".GenerateSecret")
                    data__GenerateSecret_any_of_count16 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__GenerateSecret_any_of_count16:
                try:
                    if not isinstance(data__GenerateSecret, (bool, str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".GenerateSecret must be boolean or string")
                    if isinstance(data__GenerateSecret, str):
                        if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__GenerateSecret):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".GenerateSecret must match pattern ^(true|false|True|False)$")
                    data__GenerateSecret_any_of_count16 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__GenerateSecret_any_of_count16:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".GenerateSecret cannot be validated by any definition")
        if "IdTokenValidity" in data_keys:
            data_keys.remove("IdTokenValidity")
            data__IdTokenValidity = data["IdTokenValidity"]
            data__IdTokenValidity_any_of_count17 = 0
            if not data__IdTokenValidity_any_of_count17:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__IdTokenValidity, custom_formats, (name_prefix or "data") + ".IdTokenValidity")
                    data__IdTokenValidity_any_of_count17 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__IdTokenValidity_any_of_count17:
                try:
                    if not isinstance(data__IdTokenValidity, (int, str)) and not (isinstance(data__IdTokenValidity, float) and data__IdTokenValidity.is_integer()) or isinstance(data__IdTokenValidity, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdTokenValidity must be integer or string")
                    if isinstance(data__IdTokenValidity, str):
                        if not REGEX_PATTERNS['^-?[0-9]+$'].search(data__IdTokenValidity):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdTokenValidity must match pattern ^-?[0-9]+$")
                    if isinstance(data__IdTokenValidity, (int, float, Decimal)) and not isinstance(data__IdTokenValidity, bool):
                        if data__IdTokenValidity < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdTokenValidity must be bigger than or equal to 1")
                        if data__IdTokenValidity > 86400:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdTokenValidity must be smaller than or equal to 86400")
                    data__IdTokenValidity_any_of_count17 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__IdTokenValidity_any_of_count17:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdTokenValidity cannot be validated by any definition")
        if "LogoutURLs" in data_keys:
            data_keys.remove("LogoutURLs")
            data__LogoutURLs = data["LogoutURLs"]
            data__LogoutURLs_any_of_count18 = 0
            if not data__LogoutURLs_any_of_count18:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__LogoutURLs, custom_formats, (name_prefix or "data") + ".LogoutURLs")
                    data__LogoutURLs_any_of_count18 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__LogoutURLs_any_of_count18:
                try:
                    if not isinstance(data__LogoutURLs, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".LogoutURLs must be array")
                    data__LogoutURLs_is_list = isinstance(data__LogoutURLs, (list, tuple))
                    if data__LogoutURLs_is_list:
                        data__LogoutURLs_len = len(data__LogoutURLs)
                        if data__LogoutURLs_len < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".LogoutURLs must contain at least 0 items")
                        if data__LogoutURLs_len > 100:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".LogoutURLs must contain less than or equal to 100 items")
                        for data__LogoutURLs_x, data__LogoutURLs_item in enumerate(data__LogoutURLs):
                            data__LogoutURLs_item_any_of_count19 = 0
                            if not data__LogoutURLs_item_any_of_count19:
                                try:
                                    validate___definitions_stackgen_cloudformationfunction(data__LogoutURLs_item, custom_formats, (name_prefix or "data") + ".LogoutURLs[{data__LogoutURLs_x}]".format(**locals()))
                                    data__LogoutURLs_item_any_of_count19 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__LogoutURLs_item_any_of_count19:
                                try:
                                    if not isinstance(data__LogoutURLs_item, (str, int, float, Decimal, bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".LogoutURLs[{data__LogoutURLs_x}]".format(**locals()) + " must be string or number or boolean")
                                    if isinstance(data__LogoutURLs_item, str):
                                        data__LogoutURLs_item_len = len(data__LogoutURLs_item)
                                        if data__LogoutURLs_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".LogoutURLs[{data__LogoutURLs_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if data__LogoutURLs_item_len > 1024:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".LogoutURLs[{data__LogoutURLs_x}]".format(**locals()) + " must be shorter than or equal to 1024 characters")
                                        if not REGEX_PATTERNS['^[\\S]+$'].search(data__LogoutURLs_item):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".LogoutURLs[{data__LogoutURLs_x}]".format(**locals()) + " must match pattern ^[\\S]+$")
                                    data__LogoutURLs_item_any_of_count19 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__LogoutURLs_item_any_of_count19:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LogoutURLs[{data__LogoutURLs_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__LogoutURLs_any_of_count18 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__LogoutURLs_any_of_count18:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".LogoutURLs cannot be validated by any definition")
        if "PreventUserExistenceErrors" in data_keys:
            data_keys.remove("PreventUserExistenceErrors")
            data__PreventUserExistenceErrors = data["PreventUserExistenceErrors"]
            data__PreventUserExistenceErrors_any_of_count20 = 0
            if not data__PreventUserExistenceErrors_any_of_count20:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__PreventUserExistenceErrors, custom_formats, (name_prefix or "data") + ".PreventUserExistenceErrors")
                    data__PreventUserExistenceErrors_any_of_count20 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__PreventUserExistenceErrors_any_of_count20:
                try:
                    if not isinstance(data__PreventUserExistenceErrors, (str, int, float, Decimal, bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreventUserExistenceErrors must be string or number or boolean")
                    if not (isinstance(data__PreventUserExistenceErrors, str) and data__PreventUserExistenceErrors == 'ENABLED' or isinstance(data__PreventUserExistenceErrors, str) and data__PreventUserExistenceErrors == 'LEGACY'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreventUserExistenceErrors must be one of ['ENABLED', 'LEGACY']")
                    data__PreventUserExistenceErrors_any_of_count20 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__PreventUserExistenceErrors_any_of_count20:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".PreventUserExistenceErrors cannot be validated by any definition")
        if "ReadAttributes" in data_keys:
            data_keys.remove("ReadAttributes")
            data__ReadAttributes = data["ReadAttributes"]
            data__ReadAttributes_any_of_count21 = 0
            if not data__ReadAttributes_any_of_count21:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__ReadAttributes, custom_formats, (name_prefix or "data") + ".ReadAttributes")
                    data__ReadAttributes_any_of_count21 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ReadAttributes_any_of_count21:
                try:
                    if not isinstance(data__ReadAttributes, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ReadAttributes must be array")
                    data__ReadAttributes_is_list = isinstance(data__ReadAttributes, (list, tuple))
                    if data__ReadAttributes_is_list:
                        data__ReadAttributes_len = len(data__ReadAttributes)
                        for data__ReadAttributes_x, data__ReadAttributes_item in enumerate(data__ReadAttributes):
                            data__ReadAttributes_item_any_of_count22 = 0
                            if not data__ReadAttributes_item_any_of_count22:
                                try:
                                    validate___definitions_stackgen_cloudformationfunction(data__ReadAttributes_item, custom_formats, (name_prefix or "data") + ".ReadAttributes[{data__ReadAttributes_x}]".format(**locals()))
                                    data__ReadAttributes_item_any_of_count22 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__ReadAttributes_item_any_of_count22:
                                try:
                                    if not isinstance(data__ReadAttributes_item, (str, int, float, Decimal, bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ReadAttributes[{data__ReadAttributes_x}]".format(**locals()) + " must be string or number or boolean")
                                    if isinstance(data__ReadAttributes_item, str):
                                        data__ReadAttributes_item_len = len(data__ReadAttributes_item)
                                        if data__ReadAttributes_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ReadAttributes[{data__ReadAttributes_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if data__ReadAttributes_item_len > 2048:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ReadAttributes[{data__ReadAttributes_x}]".format(**locals()) + " must be shorter than or equal to 2048 characters")
                                    data__ReadAttributes_item_any_of_count22 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__ReadAttributes_item_any_of_count22:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ReadAttributes[{data__ReadAttributes_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__ReadAttributes_any_of_count21 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__ReadAttributes_any_of_count21:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ReadAttributes cannot be validated by any definition")
        if "RefreshTokenRotation" in data_keys:
            data_keys.remove("RefreshTokenRotation")
            data__RefreshTokenRotation = data["RefreshTokenRotation"]
            validate___definitions_refreshtokenrotation(data__RefreshTokenRotation, custom_formats, (name_prefix or "data") + ".RefreshTokenRotation")
        if "RefreshTokenValidity" in data_keys:
            data_keys.remove("RefreshTokenValidity")
            data__RefreshTokenValidity = data["RefreshTokenValidity"]
            data__RefreshTokenValidity_any_of_count23 = 0
            if not data__RefreshTokenValidity_any_of_count23:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__RefreshTokenValidity, custom_formats, (name_prefix or "data") + ".RefreshTokenValidity")
                    data__RefreshTokenValidity_any_of_count23 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__RefreshTokenValidity_any_of_count23:
                try:
                    if not isinstance(data__RefreshTokenValidity, (int, str)) and not (isinstance(data__RefreshTokenValidity, float) and data__RefreshTokenValidity.is_integer()) or isinstance(data__RefreshTokenValidity, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".RefreshTokenValidity must be integer or string")
                    if isinstance(data__RefreshTokenValidity, str):
                        if not REGEX_PATTERNS['^-?[0-9]+$'].search(data__RefreshTokenValidity):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".RefreshTokenValidity must match pattern ^-?[0-9]+$")
                    if isinstance(data__RefreshTokenValidity, (int, float, Decimal)) and not isinstance(data__RefreshTokenValidity, bool):
                        if data__RefreshTokenValidity < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".RefreshTokenValidity must be bigger than or equal to 1")
                        if data__RefreshTokenValidity > 315360000:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".RefreshTokenValidity must be smaller than or equal to 315360000")
                    data__RefreshTokenValidity_any_of_count23 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__RefreshTokenValidity_any_of_count23:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".RefreshTokenValidity cannot be validated by any definition")
        if "SupportedIdentityProviders" in data_keys:
            data_keys.remove("SupportedIdentityProviders")
            data__SupportedIdentityProviders = data["SupportedIdentityProviders"]
            data__SupportedIdentityProviders_any_of_count24 = 0
            if not data__SupportedIdentityProviders_any_of_count24:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__SupportedIdentityProviders, custom_formats, (name_prefix or "data") + ".SupportedIdentityProviders")
                    data__SupportedIdentityProviders_any_of_count24 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__SupportedIdentityProviders_any_of_count24:
                try:
                    if not isinstance(data__SupportedIdentityProviders, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".SupportedIdentityProviders must be array")
                    data__SupportedIdentityProviders_is_list = isinstance(data__SupportedIdentityProviders, (list, tuple))
                    if data__SupportedIdentityProviders_is_list:
                        data__SupportedIdentityProviders_len = len(data__SupportedIdentityProviders)
                        for data__SupportedIdentityProviders_x, data__SupportedIdentityProviders_item in enumerate(data__SupportedIdentityProviders):
                            data__SupportedIdentityProviders_item_any_of_count25 = 0
                            if not data__SupportedIdentityProviders_item_any_of_count25:
                                try:
                                    validate___definitions_stackgen_cloudformationfunction(data__SupportedIdentityProviders_item, custom_formats, (name_prefix or "data") + ".SupportedIdentityProviders[{data__SupportedIdentityProviders_x}]".format(**locals()))
                                    data__SupportedIdentityProviders_item_any_of_count25 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__SupportedIdentityProviders_item_any_of_count25:
                                try:
                                    if not isinstance(data__SupportedIdentityProviders_item, (str, int, float, Decimal, bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".SupportedIdentityProviders[{data__SupportedIdentityProviders_x}]".format(**locals()) + " must be string or number or boolean")
                                    if isinstance(data__SupportedIdentityProviders_item, str):
                                        data__SupportedIdentityProviders_item_len = len(data__SupportedIdentityProviders_item)
                                        if data__SupportedIdentityProviders_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".SupportedIdentityProviders[{data__SupportedIdentityProviders_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if data__SupportedIdentityProviders_item_len > 32:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".SupportedIdentityProviders[{data__SupportedIdentityProviders_x}]".format(**locals()) + " must be shorter than or equal to 32 characters")
                                        if not REGEX_PATTERNS['^[\\S\\s]+$'].search(data__SupportedIdentityProviders_item):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".SupportedIdentityProviders[{data__SupportedIdentityProviders_x}]".format(**locals()) + " must match pattern ^[\\S\\s]+$")
                                    data__SupportedIdentityProviders_item_any_of_count25 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__SupportedIdentityProviders_item_any_of_count25:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".SupportedIdentityProviders[{data__SupportedIdentityProviders_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__SupportedIdentityProviders_any_of_count24 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__SupportedIdentityProviders_any_of_count24:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".SupportedIdentityProviders cannot be validated by any definition")
        if "TokenValidityUnits" in data_keys:
            data_keys.remove("TokenValidityUnits")
            data__TokenValidityUnits = data["TokenValidityUnits"]
            validate___definitions_tokenvalidityunits(data__TokenValidityUnits, custom_formats, (name_prefix or "data") + ".TokenValidityUnits")
        if "UserPoolId" in data_keys:
            data_keys.remove("UserPoolId")
            data__UserPoolId = data["UserPoolId"]
            data__UserPoolId_any_of_count26 = 0
            if not data__UserPoolId_any_of_count26:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__UserPoolId, custom_formats, (name_prefix or "data") + ".UserPoolId")
                    data__UserPoolId_any_of_count26 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolId_any_of_count26:
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
                    data__UserPoolId_any_of_count26 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__UserPoolId_any_of_count26:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserPoolId cannot be validated by any definition")
        if "WriteAttributes" in data_keys:
            data_keys.remove("WriteAttributes")
            data__WriteAttributes = data["WriteAttributes"]
            data__WriteAttributes_any_of_count27 = 0
            if not data__WriteAttributes_any_of_count27:
                try:
                    validate___definitions_stackgen_cloudformationfunction(data__WriteAttributes, custom_formats, (name_prefix or "data") + ".WriteAttributes")
                    data__WriteAttributes_any_of_count27 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__WriteAttributes_any_of_count27:
                try:
                    if not isinstance(data__WriteAttributes, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".WriteAttributes must be array")
                    data__WriteAttributes_is_list = isinstance(data__WriteAttributes, (list, tuple))
                    if data__WriteAttributes_is_list:
                        data__WriteAttributes_len = len(data__WriteAttributes)
                        for data__WriteAttributes_x, data__WriteAttributes_item in enumerate(data__WriteAttributes):
                            data__WriteAttributes_item_any_of_count28 = 0
                            if not data__WriteAttributes_item_any_of_count28:
                                try:
                                    validate___definitions_stackgen_cloudformationfunction(data__WriteAttributes_item, custom_formats, (name_prefix or "data") + ".WriteAttributes[{data__WriteAttributes_x}]".format(**locals()))
                                    data__WriteAttributes_item_any_of_count28 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__WriteAttributes_item_any_of_count28:
                                try:
                                    if not isinstance(data__WriteAttributes_item, (str, int, float, Decimal, bool)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".WriteAttributes[{data__WriteAttributes_x}]".format(**locals()) + " must be string or number or boolean")
                                    if isinstance(data__WriteAttributes_item, str):
                                        data__WriteAttributes_item_len = len(data__WriteAttributes_item)
                                        if data__WriteAttributes_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".WriteAttributes[{data__WriteAttributes_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if data__WriteAttributes_item_len > 2048:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".WriteAttributes[{data__WriteAttributes_x}]".format(**locals()) + " must be shorter than or equal to 2048 characters")
                                    data__WriteAttributes_item_any_of_count28 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__WriteAttributes_item_any_of_count28:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".WriteAttributes[{data__WriteAttributes_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__WriteAttributes_any_of_count27 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__WriteAttributes_any_of_count27:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".WriteAttributes cannot be validated by any definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate___definitions_tokenvalidityunits(data, custom_formats={}, name_prefix=None):
    data_any_of_count29 = 0
    if not data_any_of_count29:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count29 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count29:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "AccessToken" in data_keys:
                    data_keys.remove("AccessToken")
                    data__AccessToken = data["AccessToken"]
                    data__AccessToken_any_of_count30 = 0
                    if not data__AccessToken_any_of_count30:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__AccessToken, custom_formats, (name_prefix or "data") + ".AccessToken")
                            data__AccessToken_any_of_count30 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__AccessToken_any_of_count30:
                        try:
                            if not isinstance(data__AccessToken, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AccessToken must be string or number or boolean")
                            if not (isinstance(data__AccessToken, str) and data__AccessToken == 'days' or isinstance(data__AccessToken, str) and data__AccessToken == 'hours' or isinstance(data__AccessToken, str) and data__AccessToken == 'minutes' or isinstance(data__AccessToken, str) and data__AccessToken == 'seconds'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".AccessToken must be one of ['days', 'hours', 'minutes', 'seconds']")
                            data__AccessToken_any_of_count30 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__AccessToken_any_of_count30:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".AccessToken cannot be validated by any definition")
                if "IdToken" in data_keys:
                    data_keys.remove("IdToken")
                    data__IdToken = data["IdToken"]
                    data__IdToken_any_of_count31 = 0
                    if not data__IdToken_any_of_count31:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__IdToken, custom_formats, (name_prefix or "data") + ".IdToken")
                            data__IdToken_any_of_count31 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__IdToken_any_of_count31:
                        try:
                            if not isinstance(data__IdToken, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdToken must be string or number or boolean")
                            if not (isinstance(data__IdToken, str) and data__IdToken == 'days' or isinstance(data__IdToken, str) and data__IdToken == 'hours' or isinstance(data__IdToken, str) and data__IdToken == 'minutes' or isinstance(data__IdToken, str) and data__IdToken == 'seconds'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdToken must be one of ['days', 'hours', 'minutes', 'seconds']")
                            data__IdToken_any_of_count31 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__IdToken_any_of_count31:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".IdToken cannot be validated by any definition")
                if "RefreshToken" in data_keys:
                    data_keys.remove("RefreshToken")
                    data__RefreshToken = data["RefreshToken"]
                    data__RefreshToken_any_of_count32 = 0
                    if not data__RefreshToken_any_of_count32:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__RefreshToken, custom_formats, (name_prefix or "data") + ".RefreshToken")
                            data__RefreshToken_any_of_count32 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RefreshToken_any_of_count32:
                        try:
                            if not isinstance(data__RefreshToken, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".RefreshToken must be string or number or boolean")
                            if not (isinstance(data__RefreshToken, str) and data__RefreshToken == 'days' or isinstance(data__RefreshToken, str) and data__RefreshToken == 'hours' or isinstance(data__RefreshToken, str) and data__RefreshToken == 'minutes' or isinstance(data__RefreshToken, str) and data__RefreshToken == 'seconds'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".RefreshToken must be one of ['days', 'hours', 'minutes', 'seconds']")
                            data__RefreshToken_any_of_count32 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RefreshToken_any_of_count32:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".RefreshToken cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count29 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count29:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_refreshtokenrotation(data, custom_formats={}, name_prefix=None):
    data_any_of_count33 = 0
    if not data_any_of_count33:
        try:
            validate___definitions_stackgen_cloudformationfunction(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count33 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count33:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "Feature" in data_keys:
                    data_keys.remove("Feature")
                    data__Feature = data["Feature"]
                    data__Feature_any_of_count34 = 0
                    if not data__Feature_any_of_count34:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__Feature, custom_formats, (name_prefix or "data") + ".Feature")
                            data__Feature_any_of_count34 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Feature_any_of_count34:
                        try:
                            if not isinstance(data__Feature, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Feature must be string or number or boolean")
                            if not (isinstance(data__Feature, str) and data__Feature == 'ENABLED' or isinstance(data__Feature, str) and data__Feature == 'DISABLED'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".Feature must be one of ['ENABLED', 'DISABLED']")
                            data__Feature_any_of_count34 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__Feature_any_of_count34:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".Feature cannot be validated by any definition")
                if "RetryGracePeriodSeconds" in data_keys:
                    data_keys.remove("RetryGracePeriodSeconds")
                    data__RetryGracePeriodSeconds = data["RetryGracePeriodSeconds"]
                    data__RetryGracePeriodSeconds_any_of_count35 = 0
                    if not data__RetryGracePeriodSeconds_any_of_count35:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__RetryGracePeriodSeconds, custom_formats, (name_prefix or "data") + ".RetryGracePeriodSeconds")
                            data__RetryGracePeriodSeconds_any_of_count35 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RetryGracePeriodSeconds_any_of_count35:
                        try:
                            if not isinstance(data__RetryGracePeriodSeconds, (int, str)) and not (isinstance(data__RetryGracePeriodSeconds, float) and data__RetryGracePeriodSeconds.is_integer()) or isinstance(data__RetryGracePeriodSeconds, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".RetryGracePeriodSeconds must be integer or string")
                            if isinstance(data__RetryGracePeriodSeconds, str):
                                if not REGEX_PATTERNS['^-?[0-9]+$'].search(data__RetryGracePeriodSeconds):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".RetryGracePeriodSeconds must match pattern ^-?[0-9]+$")
                            if isinstance(data__RetryGracePeriodSeconds, (int, float, Decimal)) and not isinstance(data__RetryGracePeriodSeconds, bool):
                                if data__RetryGracePeriodSeconds < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".RetryGracePeriodSeconds must be bigger than or equal to 0")
                                if data__RetryGracePeriodSeconds > 60:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".RetryGracePeriodSeconds must be smaller than or equal to 60")
                            data__RetryGracePeriodSeconds_any_of_count35 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RetryGracePeriodSeconds_any_of_count35:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".RetryGracePeriodSeconds cannot be validated by any definition")
            data_any_of_count33 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count33:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_analyticsconfiguration(data, custom_formats={}, name_prefix=None):
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
                if "ApplicationArn" in data_keys:
                    data_keys.remove("ApplicationArn")
                    data__ApplicationArn = data["ApplicationArn"]
                    data__ApplicationArn_any_of_count37 = 0
                    if not data__ApplicationArn_any_of_count37:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__ApplicationArn, custom_formats, (name_prefix or "data") + ".ApplicationArn")
                            data__ApplicationArn_any_of_count37 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ApplicationArn_any_of_count37:
                        try:
                            if not isinstance(data__ApplicationArn, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ApplicationArn must be string or number or boolean")
                            if isinstance(data__ApplicationArn, str):
                                data__ApplicationArn_len = len(data__ApplicationArn)
                                if data__ApplicationArn_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ApplicationArn must be longer than or equal to 20 characters")
                                if data__ApplicationArn_len > 2048:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ApplicationArn must be shorter than or equal to 2048 characters")
                                if not REGEX_PATTERNS['^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$'].search(data__ApplicationArn):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ApplicationArn must match pattern ^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$")
                            data__ApplicationArn_any_of_count37 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ApplicationArn_any_of_count37:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ApplicationArn cannot be validated by any definition")
                if "ApplicationId" in data_keys:
                    data_keys.remove("ApplicationId")
                    data__ApplicationId = data["ApplicationId"]
                    data__ApplicationId_any_of_count38 = 0
                    if not data__ApplicationId_any_of_count38:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__ApplicationId, custom_formats, (name_prefix or "data") + ".ApplicationId")
                            data__ApplicationId_any_of_count38 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ApplicationId_any_of_count38:
                        try:
                            if not isinstance(data__ApplicationId, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ApplicationId must be string or number or boolean")
                            if isinstance(data__ApplicationId, str):
                                if not REGEX_PATTERNS['^[0-9a-fA-F]+$'].search(data__ApplicationId):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ApplicationId must match pattern ^[0-9a-fA-F]+$")
                            data__ApplicationId_any_of_count38 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ApplicationId_any_of_count38:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ApplicationId cannot be validated by any definition")
                if "ExternalId" in data_keys:
                    data_keys.remove("ExternalId")
                    data__ExternalId = data["ExternalId"]
                    data__ExternalId_any_of_count39 = 0
                    if not data__ExternalId_any_of_count39:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__ExternalId, custom_formats, (name_prefix or "data") + ".ExternalId")
                            data__ExternalId_any_of_count39 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ExternalId_any_of_count39:
                        try:
                            if not isinstance(data__ExternalId, (str, int, float, Decimal, bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExternalId must be string or number or boolean")
                            if isinstance(data__ExternalId, str):
                                data__ExternalId_len = len(data__ExternalId)
                                if data__ExternalId_len < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExternalId must be longer than or equal to 0 characters")
                                if data__ExternalId_len > 131072:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExternalId must be shorter than or equal to 131072 characters")
                            data__ExternalId_any_of_count39 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__ExternalId_any_of_count39:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ExternalId cannot be validated by any definition")
                if "RoleArn" in data_keys:
                    data_keys.remove("RoleArn")
                    data__RoleArn = data["RoleArn"]
                    data__RoleArn_any_of_count40 = 0
                    if not data__RoleArn_any_of_count40:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__RoleArn, custom_formats, (name_prefix or "data") + ".RoleArn")
                            data__RoleArn_any_of_count40 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RoleArn_any_of_count40:
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
                            data__RoleArn_any_of_count40 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__RoleArn_any_of_count40:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".RoleArn cannot be validated by any definition")
                if "UserDataShared" in data_keys:
                    data_keys.remove("UserDataShared")
                    data__UserDataShared = data["UserDataShared"]
                    data__UserDataShared_any_of_count41 = 0
                    if not data__UserDataShared_any_of_count41:
                        try:
                            validate___definitions_stackgen_cloudformationfunction(data__UserDataShared, custom_formats, (name_prefix or "data") + ".UserDataShared")
                            data__UserDataShared_any_of_count41 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__UserDataShared_any_of_count41:
                        try:
                            if not isinstance(data__UserDataShared, (bool, str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserDataShared must be boolean or string")
                            if isinstance(data__UserDataShared, str):
                                if not REGEX_PATTERNS['^(true|false|True|False)$'].search(data__UserDataShared):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserDataShared must match pattern ^(true|false|True|False)$")
                            data__UserDataShared_any_of_count41 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__UserDataShared_any_of_count41:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".UserDataShared cannot be validated by any definition")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count36 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count36:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate___definitions_stackgen_cloudformationfunction(data, custom_formats={}, name_prefix=None):
    data_any_of_count42 = 0
    if not data_any_of_count42:
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
            data_any_of_count42 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count42:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
            if isinstance(data, str):
                if not REGEX_PATTERNS['\\{\\{resolve:(ssm|ssm-secure|secretsmanager):'].search(data):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern \\{\\{resolve:(ssm|ssm-secure|secretsmanager):")
            data_any_of_count42 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count42:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

validate = validate
