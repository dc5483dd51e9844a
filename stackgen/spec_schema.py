"""The spec's JSON Schema and its compiled validator. Generated: do not edit.

Made from schemas/spec.schema.json by `python tools/generate_validator.py` with fastjsonschema 2.22.3.
"""
# flake8: noqa
# fmt: off

SCHEMA_JSON = '{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "urn:stackgen:schema:spec:1",\n  "title": "stackgen stack spec",\n  "description": "A serverless sign-in stack as resources and wires; stackgen build turns it into a SAM template.",\n  "type": "object",\n  "additionalProperties": false,\n  "required": [\n    "resources"\n  ],\n  "properties": {\n    "version": {\n      "title": "Spec version",\n      "description": "The version of the spec format. Only 1 exists.",\n      "const": 1\n    },\n    "description": {\n      "title": "Description",\n      "description": "Becomes the template\'s Description.",\n      "type": "string",\n      "maxLength": 1024\n    },\n    "metadata": {\n      "title": "Metadata",\n      "description": "The template\'s Metadata, written as in a CloudFormation template: key to any value (AWS::CloudFormation::Interface, AWS::ServerlessRepo::Application, a tool\'s settings, your own notes), but empty (null) nowhere, which CloudFormation refuses. Copied into the template as given, before the key `stackgen`, which is stackgen\'s own (its record of the existing pools) and cannot be given here. CloudFormation stores these values as they are written: it resolves no function (!Ref, !Sub...) in them, and stackgen checks none.",\n      "type": "object",\n      "examples": [\n        {\n          "AWS::ServerlessRepo::Application": {\n            "Name": "sign-up",\n            "SemanticVersion": "1.0.0"\n          }\n        }\n      ],\n      "additionalProperties": {\n        "$ref": "#/$defs/metadataValue"\n      }\n    },\n    "defaults": {\n      "title": "Defaults",\n      "description": "Values applied to every resource of a kind unless the resource sets its own.",\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "function": {\n          "title": "Function defaults",\n          "description": "runtime, memorySize and timeout for every Function and EdgeFunction of the spec.",\n          "type": "object",\n          "additionalProperties": false,\n          "properties": {\n            "runtime": {\n              "$ref": "#/$defs/runtime"\n            },\n            "memorySize": {\n              "title": "Memory size",\n              "description": "Memory in MB, from 128 to 10240. Default: 128.",\n              "type": "integer",\n              "minimum": 128,\n              "maximum": 10240\n            },\n            "timeout": {\n              "title": "Timeout",\n              "description": "Seconds, from 1 to 900 (an EdgeFunction allows at most 30).",\n              "type": "integer",\n              "minimum": 1,\n              "maximum": 900\n            }\n          }\n        }\n      }\n    },\n    "resources": {\n      "title": "Resources",\n      "description": "Logical ID to resource. A Logical ID has only letters and digits and is unique in the stack.",\n      "type": "object",\n      "minProperties": 1,\n      "propertyNames": {\n        "pattern": "^[A-Za-z0-9]+$(?!\\\\n)",\n        "maxLength": 255\n      },\n      "additionalProperties": {\n        "$ref": "#/$defs/resource"\n      }\n    },\n    "wires": {\n      "title": "Wires",\n      "description": "Solid wires (event subscriptions) and dashed wires (service discovery) between resources.",\n      "type": "array",\n      "items": {\n        "$ref": "#/$defs/wire"\n      }\n    },\n    "parameters": {\n      "title": "Parameters",\n      "description": "The template\'s Parameters, written as in a CloudFormation template: name (letters and digits) to its declaration. They are copied into the template before its Resources; `!Ref NAME` reads one in `properties`, `conditions` and `outputs`. CloudFormation allows 200.",\n      "type": "object",\n      "propertyNames": {\n        "$ref": "#/$defs/templateName"\n      },\n      "additionalProperties": {\n        "$ref": "#/$defs/parameter"\n      }\n    },\n    "conditions": {\n      "title": "Conditions",\n      "description": "The template\'s Conditions, written as in a CloudFormation template: name (letters and digits) to a condition function (!Equals, !And, !Or, !Not, !Condition). `!If [NAME, a, b]` in `properties` and `outputs` picks a value by one, and an output\'s `Condition` by one.",\n      "type": "object",\n      "propertyNames": {\n        "$ref": "#/$defs/templateName"\n      },\n      "additionalProperties": {\n        "title": "Condition",\n        "description": "A condition function: !Equals [a, b], !And [...], !Or [...], !Not [condition], or !Condition NAME.",\n        "not": {\n          "type": [\n            "string",\n            "number",\n            "boolean",\n            "array",\n            "object",\n            "null"\n          ]\n        }\n      }\n    },\n    "outputs": {\n      "title": "Outputs",\n      "description": "Outputs of the template besides those stackgen derives (a pool\'s Id and Arn, a client\'s Id, a domain\'s Url, an edge function\'s VersionArn), written as in a CloudFormation template; they come after the derived ones. One with the name of a derived Output replaces it, in its place (to give it an Export, or another Description). CloudFormation allows 200 Outputs in all.",\n      "type": "object",\n      "propertyNames": {\n        "$ref": "#/$defs/templateName"\n      },\n      "additionalProperties": {\n        "$ref": "#/$defs/output"\n      }\n    }\n  },\n  "$defs": {\n    "resource": {\n      "title": "Resource",\n      "description": "One resource of the stack; its type decides its fields.",\n      "type": "object",\n      "required": [\n        "type"\n      ],\n      "properties": {\n        "type": {\n          "title": "Resource type",\n          "description": "UserPool, UserPoolClient, Function, EdgeFunction, UserPoolDomain, UserPoolGroup, IdentityProvider or ResourceServer; or any CloudFormation or SAM type name (AWS::SNS::Topic, AWS::Serverless::Api, Custom::Name), carried into the template as is.",\n          "anyOf": [\n            {\n              "enum": [\n                "UserPool",\n                "UserPoolClient",\n                "Function",\n                "EdgeFunction",\n                "UserPoolDomain",\n                "UserPoolGroup",\n                "IdentityProvider",\n                "ResourceServer"\n              ]\n            },\n            {\n              "title": "CloudFormation type name",\n              "description": "a CloudFormation or SAM type name such as AWS::SNS::Topic, or a custom resource\'s such as Custom::Name",\n              "$ref": "#/$defs/typeName"\n            }\n          ]\n        }\n      },\n      "allOf": [\n        {\n          "if": {\n            "properties": {\n              "type": {\n                "const": "UserPool"\n              }\n            },\n            "required": [\n              "type"\n            ]\n          },\n          "then": {\n            "$ref": "#/$defs/UserPool"\n          }\n        },\n        {\n          "if": {\n            "properties": {\n              "type": {\n                "const": "UserPoolClient"\n              }\n            },\n            "required": [\n              "type"\n            ]\n          },\n          "then": {\n            "$ref": "#/$defs/UserPoolClient"\n          }\n        },\n        {\n          "if": {\n            "properties": {\n              "type": {\n                "const": "Function"\n              }\n            },\n            "required": [\n              "type"\n            ]\n          },\n          "then": {\n            "$ref": "#/$defs/Function"\n          }\n        },\n        {\n          "if": {\n            "properties": {\n              "type": {\n                "const": "EdgeFunction"\n              }\n            },\n            "required": [\n              "type"\n            ]\n          },\n          "then": {\n            "$ref": "#/$defs/EdgeFunction"\n          }\n        },\n        {\n          "if": {\n            "properties": {\n              "type": {\n                "const": "UserPoolDomain"\n              }\n            },\n            "required": [\n              "type"\n            ]\n          },\n          "then": {\n            "$ref": "#/$defs/UserPoolDomain"\n          }\n        },\n        {\n          "if": {\n            "properties": {\n              "type": {\n                "const": "UserPoolGroup"\n              }\n            },\n            "required": [\n              "type"\n            ]\n          },\n          "then": {\n            "$ref": "#/$defs/UserPoolGroup"\n          }\n        },\n        {\n          "if": {\n            "properties": {\n              "type": {\n                "const": "IdentityProvider"\n              }\n            },\n            "required": [\n              "type"\n            ]\n          },\n          "then": {\n            "$ref": "#/$defs/IdentityProvider"\n          }\n        },\n        {\n          "if": {\n            "properties": {\n              "type": {\n                "const": "ResourceServer"\n              }\n            },\n            "required": [\n              "type"\n            ]\n          },\n          "then": {\n            "$ref": "#/$defs/ResourceServer"\n          }\n        },\n        {\n          "if": {\n            "properties": {\n              "type": {\n                "$ref": "#/$defs/typeName"\n              }\n            },\n            "required": [\n              "type"\n            ]\n          },\n          "then": {\n            "$ref": "#/$defs/Carried"\n          }\n        }\n      ]\n    },\n    "UserPool": {\n      "title": "User Pool",\n      "description": "A Cognito User Pool: a user directory.",\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "type": {\n          "title": "Resource type",\n          "description": "A Cognito User Pool.",\n          "const": "UserPool"\n        },\n        "allowPublicSignUps": {\n          "title": "Allow public sign-ups",\n          "description": "Lets non-administrative users sign up. Default: true.",\n          "type": "boolean"\n        },\n        "autoVerifyEmails": {\n          "title": "Auto-verify emails",\n          "description": "Sends email verifications when a user signs up. Default: false.",\n          "type": "boolean"\n        },\n        "autoVerifyPhones": {\n          "title": "Auto-verify phones",\n          "description": "Sends phone number verifications by SMS when a user signs up; stackgen adds the role Cognito sends SMS with. Default: false.",\n          "type": "boolean"\n        },\n        "deletionProtection": {\n          "title": "Deletion protection",\n          "description": "Cognito refuses to delete the pool while this is on (DeletionProtection: ACTIVE), whatever the template says. Default: false. Without this field, `properties` may set DeletionProtection instead (!If [IsProd, ACTIVE, INACTIVE]).",\n          "type": "boolean"\n        },\n        "signInWith": {\n          "title": "Sign in with",\n          "description": "What users sign in with: username, email, phone, preferred_username. With username in the list, the others are aliases a user may sign in with too; without it, users sign in with their email or phone number instead of a user name, and only email and phone may be listed. Cognito cannot change this once the pool exists. Default: [username, email, preferred_username].",\n          "type": "array",\n          "items": {\n            "enum": [\n              "username",\n              "email",\n              "phone",\n              "preferred_username"\n            ]\n          },\n          "minItems": 1,\n          "uniqueItems": true,\n          "examples": [\n            [\n              "email"\n            ],\n            [\n              "username",\n              "email",\n              "preferred_username"\n            ]\n          ]\n        },\n        "tier": {\n          "title": "Feature plan",\n          "description": "Cognito\'s feature plan for the pool: lite (the cheaper plan, with the basic features), essentials or plus (advanced security features). Default: none given, which Cognito takes as essentials.",\n          "enum": [\n            "lite",\n            "essentials",\n            "plus"\n          ]\n        },\n        "senderKey": {\n          "title": "Sender key",\n          "description": "The ARN of an existing symmetric KMS key (arn:<partition>:kms:<region>:<account>:key/<id>), or a CloudFormation function giving one, with which Cognito encrypts the codes it gives the pool\'s CustomEmailSender and CustomSMSSender functions. Default: stackgen adds the key <P>SenderKey. Without a custom sender it is unused (a warning).",\n          "not": {\n            "type": [\n              "number",\n              "boolean",\n              "array",\n              "object",\n              "null"\n            ]\n          },\n          "pattern": "^arn:[a-z0-9-]+:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$(?!\\\\n)",\n          "examples": [\n            "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"\n          ]\n        },\n        "existing": {\n          "title": "Existing pool",\n          "description": "The ID of a pool this stack does not create (us-east-1_AbC123), !Ref of a parameter that holds it, or !ImportValue of another stack\'s export. The stack then owns only what its wires set (the triggers of its event wires, its clients, groups...); no other field may be given. Default: none (the stack creates the pool).",\n          "not": {\n            "type": [\n              "number",\n              "boolean",\n              "array",\n              "object",\n              "null"\n            ]\n          },\n          "maxLength": 55,\n          "pattern": "^[A-Za-z0-9_-]+_[0-9a-zA-Z]+$(?!\\\\n)",\n          "examples": [\n            "us-east-1_AbC123"\n          ]\n        },\n        "properties": {\n          "title": "Extra properties",\n          "description": "Escape hatch: extra CloudFormation/SAM properties merged into the emitted AWS::Cognito::UserPool\'s Properties. A key that a field or a wire owns is an error.",\n          "type": "object"\n        }\n      }\n    },\n    "UserPoolClient": {\n      "title": "User Pool Client",\n      "description": "An app client of one user pool (draw a solid wire from it to its pool). A solid wire from it to an IdentityProvider lets users sign in through that provider; one to a ResourceServer lets it ask for that server\'s scopes.",\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "type": {\n          "title": "Resource type",\n          "description": "A Cognito User Pool app client.",\n          "const": "UserPoolClient"\n        },\n        "properties": {\n          "title": "Extra properties",\n          "description": "Escape hatch: extra CloudFormation/SAM properties merged into the emitted AWS::Cognito::UserPoolClient\'s Properties. A key that a field or a wire owns is an error.",\n          "type": "object"\n        },\n        "callbackUrls": {\n          "title": "Callback URLs",\n          "description": "Where Cognito may send users back after they sign in (CallbackURLs): https URLs, http://localhost, or an app\'s own scheme (myapp://callback). Needed by the code and implicit flows.",\n          "type": "array",\n          "items": {\n            "type": "string",\n            "minLength": 1,\n            "maxLength": 1024,\n            "pattern": "^[A-Za-z][A-Za-z0-9+.-]*:[^#\\\\s]+$(?!\\\\n)"\n          },\n          "minItems": 1,\n          "maxItems": 100,\n          "uniqueItems": true,\n          "examples": [\n            [\n              "https://app.example.com/callback"\n            ]\n          ]\n        },\n        "logoutUrls": {\n          "title": "Logout URLs",\n          "description": "Where Cognito may send users back after they sign out (LogoutURLs).",\n          "type": "array",\n          "items": {\n            "type": "string",\n            "minLength": 1,\n            "maxLength": 1024,\n            "pattern": "^[A-Za-z][A-Za-z0-9+.-]*:[^#\\\\s]+$(?!\\\\n)"\n          },\n          "minItems": 1,\n          "maxItems": 100,\n          "uniqueItems": true\n        },\n        "oauthFlows": {\n          "title": "OAuth flows",\n          "description": "The OAuth 2.0 flows the client may use (AllowedOAuthFlows, with AllowedOAuthFlowsUserPoolClient: true): code (authorization code grant), implicit, client_credentials (machine to machine: needs generateSecret: true and only resource servers\' scopes, and no other flow).",\n          "type": "array",\n          "items": {\n            "enum": [\n              "code",\n              "implicit",\n              "client_credentials"\n            ]\n          },\n          "minItems": 1,\n          "uniqueItems": true\n        },\n        "oauthScopes": {\n          "title": "OAuth scopes",\n          "description": "The scopes the client may ask for (AllowedOAuthScopes): openid, email, phone, profile, aws.cognito.signin.user.admin, and <identifier>/<scope> of a resource server the client is wired to.",\n          "type": "array",\n          "items": {\n            "type": "string",\n            "minLength": 1,\n            "maxLength": 256,\n            "pattern": "^[\\\\x21\\\\x23-\\\\x5B\\\\x5D-\\\\x7E]+$(?!\\\\n)"\n          },\n          "minItems": 1,\n          "maxItems": 50,\n          "uniqueItems": true,\n          "examples": [\n            [\n              "openid",\n              "email"\n            ]\n          ]\n        },\n        "generateSecret": {\n          "title": "Generate a secret",\n          "description": "Gives the client a secret (GenerateSecret), for an app that can keep one (a server, not a browser or phone app). Cognito cannot change this once the client exists. Default: none given (no secret).",\n          "type": "boolean"\n        },\n        "cognitoSignIn": {\n          "title": "Cognito sign-in",\n          "description": "Whether the pool\'s own users sign in through the client (COGNITO in SupportedIdentityProviders), beside the identity providers it is wired to. Default: true.",\n          "type": "boolean"\n        }\n      }\n    },\n    "Function": {\n      "title": "Function",\n      "description": "A Lambda function (AWS::Serverless::Function).",\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "type": {\n          "title": "Resource type",\n          "description": "A Lambda function.",\n          "const": "Function"\n        },\n        "codeUri": {\n          "title": "Code location",\n          "description": "Folder of the function\'s code, relative to the template. Default: src/<LogicalId>.",\n          "type": "string",\n          "minLength": 1\n        },\n        "handler": {\n          "title": "Handler",\n          "description": "The function\'s entry point. Default: index.handler.",\n          "type": "string",\n          "minLength": 1,\n          "maxLength": 128\n        },\n        "runtime": {\n          "$ref": "#/$defs/runtime"\n        },\n        "memorySize": {\n          "title": "Memory size",\n          "description": "Memory in MB, from 128 to 10240. Default: 128.",\n          "type": "integer",\n          "minimum": 128,\n          "maximum": 10240\n        },\n        "timeout": {\n          "title": "Timeout",\n          "description": "Seconds, from 1 to 900. Default: 3.",\n          "type": "integer",\n          "minimum": 1,\n          "maximum": 900\n        },\n        "tracing": {\n          "title": "X-Ray tracing",\n          "description": "Whether stackgen turns on AWS X-Ray tracing (Tracing: Active) and grants the function the AWSXrayWriteOnlyAccess policy it needs. false: neither (properties may still set Tracing). Default: true.",\n          "type": "boolean"\n        },\n        "environment": {\n          "title": "Environment variables",\n          "description": "The function\'s own environment variables; wires add theirs after these.",\n          "type": "object",\n          "propertyNames": {\n            "$ref": "#/$defs/environmentVariableName"\n          },\n          "additionalProperties": {\n            "title": "Value",\n            "description": "The variable\'s value: text, or a CloudFormation function giving text (`!Ref Topic`, `!GetAtt Table.Arn`, `!Sub ...`), which may name any resource of the spec (one carried as is, too), parameter or pseudo parameter.",\n            "not": {\n              "type": [\n                "number",\n                "boolean",\n                "array",\n                "object",\n                "null"\n              ]\n            }\n          }\n        },\n        "properties": {\n          "title": "Extra properties",\n          "description": "Escape hatch: extra CloudFormation/SAM properties merged into the emitted AWS::Serverless::Function\'s Properties. A key that a field or a wire owns is an error.",\n          "type": "object"\n        }\n      }\n    },\n    "EdgeFunction": {\n      "title": "Edge Function",\n      "description": "A Lambda@Edge function for CloudFront: deployed in us-east-1, published as a numbered version, no environment variables.",\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "type": {\n          "title": "Resource type",\n          "description": "A Lambda@Edge function.",\n          "const": "EdgeFunction"\n        },\n        "codeUri": {\n          "title": "Code location",\n          "description": "Folder of the function\'s code, relative to the template. Default: src/<LogicalId>.",\n          "type": "string",\n          "minLength": 1\n        },\n        "handler": {\n          "title": "Handler",\n          "description": "The function\'s entry point. Default: index.handler.",\n          "type": "string",\n          "minLength": 1,\n          "maxLength": 128\n        },\n        "runtime": {\n          "$ref": "#/$defs/runtime"\n        },\n        "memorySize": {\n          "title": "Memory size",\n          "description": "Memory in MB, from 128 to 10240. Default: 128.",\n          "type": "integer",\n          "minimum": 128,\n          "maximum": 10240\n        },\n        "timeout": {\n          "title": "Timeout",\n          "description": "Seconds, from 1 to 30 (viewer events allow at most 5). Default: 5.",\n          "type": "integer",\n          "minimum": 1,\n          "maximum": 30\n        },\n        "properties": {\n          "title": "Extra properties",\n          "description": "Escape hatch: extra CloudFormation/SAM properties merged into the emitted AWS::Serverless::Function\'s Properties. A key that a field or a wire owns is an error.",\n          "type": "object"\n        }\n      }\n    },\n    "UserPoolDomain": {\n      "title": "User Pool Domain",\n      "description": "Where a pool serves its sign-in pages (draw a solid wire from it to its pool): a Cognito prefix domain or a custom domain, exactly one, with managed login or the classic hosted UI. A pool has one domain.",\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "type": {\n          "title": "Resource type",\n          "description": "A Cognito User Pool domain.",\n          "const": "UserPoolDomain"\n        },\n        "prefix": {\n          "title": "Prefix",\n          "description": "A Cognito prefix domain: the sign-in pages are at https://<prefix>.auth.<region>.amazoncognito.com. Lower-case letters, digits and hyphens, not first or last, at most 63; it may not contain aws, amazon or cognito. Cognito cannot change it once the domain exists.",\n          "type": "string",\n          "minLength": 1,\n          "maxLength": 63,\n          "examples": [\n            "photos-sign-in"\n          ]\n        },\n        "customDomain": {\n          "title": "Custom domain",\n          "description": "A domain of your own instead of a prefix: its name and the ARN of its ACM certificate in us-east-1. The sign-in pages are at https://<name>; point the name at the domain\'s CloudFront distribution.",\n          "type": "object",\n          "additionalProperties": false,\n          "required": [\n            "name",\n            "certificateArn"\n          ],\n          "properties": {\n            "name": {\n              "title": "Domain name",\n              "description": "The fully qualified domain name, lower-case (auth.example.com). Cognito cannot change it once the domain exists.",\n              "type": "string",\n              "minLength": 1,\n              "maxLength": 63,\n              "examples": [\n                "auth.example.com"\n              ]\n            },\n            "certificateArn": {\n              "title": "Certificate ARN",\n              "description": "The ARN of the domain\'s ACM certificate, in us-east-1 (arn:<partition>:acm:us-east-1:<account>:certificate/<id>), or a CloudFormation function giving one.",\n              "not": {\n                "type": [\n                  "number",\n                  "boolean",\n                  "array",\n                  "object",\n                  "null"\n                ]\n              },\n              "pattern": "^arn:[a-z0-9-]+:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+$(?!\\\\n)",\n              "examples": [\n                "arn:aws:acm:us-east-1:111122223333:certificate/1234abcd-12ab-34cd-56ef-1234567890ab"\n              ]\n            }\n          }\n        },\n        "managedLoginVersion": {\n          "title": "Managed login version",\n          "description": "2: managed login, the newer sign-in pages with the branding editor (each app client of the pool gets Cognito\'s provided style); it needs the pool\'s tier essentials or plus. 1: the classic hosted UI. Default: 2.",\n          "enum": [\n            1,\n            2\n          ]\n        },\n        "properties": {\n          "title": "Extra properties",\n          "description": "Escape hatch: extra CloudFormation properties merged into the emitted AWS::Cognito::UserPoolDomain\'s Properties. A key that a field or a wire owns is an error.",\n          "type": "object"\n        }\n      },\n      "oneOf": [\n        {\n          "required": [\n            "prefix"\n          ]\n        },\n        {\n          "required": [\n            "customDomain"\n          ]\n        }\n      ]\n    },\n    "environmentVariableName": {\n      "title": "Environment variable name",\n      "description": "Starts with a letter, then letters, digits or _; not one of the names Lambda reserves for the values it sets itself.",\n      "pattern": "^[A-Za-z][A-Za-z0-9_]*$(?!\\\\n)",\n      "not": {\n        "title": "Reserved by Lambda",\n        "description": "Lambda\'s reserved environment variables (\\"Defined runtime environment variables\\" in the Lambda Developer Guide): the runtime sets them, and a function that sets one is refused.",\n        "enum": [\n          "_HANDLER",\n          "_X_AMZN_TRACE_ID",\n          "AWS_DEFAULT_REGION",\n          "AWS_REGION",\n          "AWS_EXECUTION_ENV",\n          "AWS_LAMBDA_FUNCTION_NAME",\n          "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",\n          "AWS_LAMBDA_FUNCTION_VERSION",\n          "AWS_LAMBDA_INITIALIZATION_TYPE",\n          "AWS_LAMBDA_LOG_GROUP_NAME",\n          "AWS_LAMBDA_LOG_STREAM_NAME",\n          "AWS_ACCESS_KEY",\n          "AWS_ACCESS_KEY_ID",\n          "AWS_SECRET_ACCESS_KEY",\n          "AWS_SESSION_TOKEN",\n          "AWS_LAMBDA_RUNTIME_API",\n          "LAMBDA_TASK_ROOT",\n          "LAMBDA_RUNTIME_DIR"\n        ]\n      }\n    },\n    "runtime": {\n      "title": "Runtime",\n      "description": "The Lambda runtime identifier, for example nodejs24.x or python3.13: any that Lambda has had (one it has deprecated is a warning, one it does not know an error). Default: nodejs24.x for a Function, nodejs22.x for an EdgeFunction.",\n      "type": "string",\n      "pattern": "^(nodejs([0-9]+\\\\.([0-9]+|x)(-edge)?)?|python[0-9]+\\\\.[0-9]+|java[0-9]+(\\\\.al2)?|dotnet(core)?[0-9]+(\\\\.[0-9]+)?|ruby[0-9]+\\\\.[0-9]+|go[0-9]+\\\\.x|provided(\\\\.al2|\\\\.al2023)?)$(?!\\\\n)",\n      "examples": [\n        "nodejs24.x",\n        "python3.13"\n      ]\n    },\n    "wire": {\n      "title": "Wire",\n      "description": "A connection between two resources.",\n      "type": "object",\n      "additionalProperties": false,\n      "required": [\n        "from",\n        "to"\n      ],\n      "properties": {\n        "from": {\n          "title": "From",\n          "description": "Logical ID of the resource the wire starts at.",\n          "type": "string",\n          "minLength": 1\n        },\n        "to": {\n          "title": "To",\n          "description": "Logical ID of the resource the wire ends at.",\n          "type": "string",\n          "minLength": 1\n        },\n        "style": {\n          "title": "Style",\n          "description": "solid: an event subscription (default); dashed: service discovery.",\n          "enum": [\n            "solid",\n            "dashed"\n          ]\n        },\n        "event": {\n          "title": "Event",\n          "description": "For a solid wire from a UserPool to a Function: the pool event that invokes the function. CustomEmailSender and CustomSMSSender send the pool\'s email or SMS messages themselves; InboundFederation runs when a user signs in through an external identity provider.",\n          "enum": [\n            "PreSignUp",\n            "PostConfirmation",\n            "UserMigration",\n            "PreAuthentication",\n            "PostAuthentication",\n            "PreTokenGeneration",\n            "CustomMessage",\n            "DefineAuthChallenge",\n            "CreateAuthChallenge",\n            "VerifyAuthChallengeResponse",\n            "CustomEmailSender",\n            "CustomSMSSender",\n            "InboundFederation"\n          ]\n        },\n        "version": {\n          "title": "Event version",\n          "description": "For a PreTokenGeneration wire only: the version of the event Cognito sends the function. 1 (the default) lets it change the ID token\'s claims and the groups; 2 also the access token\'s claims and scopes; 3 also those of the access token of machine-to-machine (client credentials) requests. 2 and 3 need the pool\'s tier essentials or plus.",\n          "enum": [\n            1,\n            2,\n            3\n          ]\n        },\n        "access": {\n          "title": "Access",\n          "description": "For a dashed wire from a Function or an EdgeFunction to a UserPool only: the levels of access the function is granted on the pool, each a fixed list of cognito-idp actions (see the README): read (Describe*, List*, GetGroup, AdminGetUser, AdminListGroupsForUser), manage-users (AdminCreateUser, AdminUpdateUserAttributes, AdminDeleteUser...), manage-groups (AdminAddUserToGroup, AdminRemoveUserFromGroup, AdminListGroupsForUser), sign-in (AdminInitiateAuth, AdminRespondToAuthChallenge). The statement allows the union of their actions. Default: the twelve actions of the original editor.",\n          "type": "array",\n          "items": {\n            "enum": [\n              "read",\n              "manage-users",\n              "manage-groups",\n              "sign-in"\n            ]\n          },\n          "minItems": 1,\n          "uniqueItems": true,\n          "examples": [\n            [\n              "read"\n            ],\n            [\n              "read",\n              "manage-users"\n            ]\n          ]\n        },\n        "keyAccess": {\n          "title": "Key access",\n          "description": "For a CustomEmailSender or CustomSMSSender wire only: false gives the function neither the variable SENDER_KEY_ARN nor an IAM statement allowing kms:Decrypt on the pool\'s sender key; its own environment and role then provide them (a function with a role of its own, properties.Role, needs it). Default true: it gets both.",\n          "type": "boolean"\n        }\n      }\n    },\n    "parameter": {\n      "title": "Parameter",\n      "description": "One template parameter, as CloudFormation declares it.",\n      "type": "object",\n      "additionalProperties": false,\n      "required": [\n        "Type"\n      ],\n      "properties": {\n        "Type": {\n          "title": "Type",\n          "description": "String, Number, List<Number>, CommaDelimitedList, an AWS-specific type (AWS::EC2::KeyPair::KeyName, List<AWS::EC2::Subnet::Id>...), AWS::SSM::Parameter::Name, or AWS::SSM::Parameter::Value<...>.",\n          "type": "string",\n          "examples": [\n            "String",\n            "Number",\n            "AWS::SSM::Parameter::Value<String>"\n          ]\n        },\n        "Default": {\n          "title": "Default",\n          "description": "The value when none is given at deploy; it must meet the parameter\'s constraints.",\n          "type": [\n            "string",\n            "number"\n          ]\n        },\n        "Description": {\n          "title": "Description",\n          "description": "What the parameter is for, shown by the console.",\n          "type": "string",\n          "maxLength": 4000\n        },\n        "AllowedValues": {\n          "title": "Allowed values",\n          "description": "The only values the parameter takes.",\n          "type": "array",\n          "minItems": 1,\n          "items": {\n            "type": [\n              "string",\n              "number"\n            ]\n          }\n        },\n        "AllowedPattern": {\n          "title": "Allowed pattern",\n          "description": "A regular expression a String parameter\'s value must match in full.",\n          "type": "string"\n        },\n        "ConstraintDescription": {\n          "title": "Constraint description",\n          "description": "What CloudFormation says when a value breaks a constraint.",\n          "type": "string"\n        },\n        "MinLength": {\n          "title": "Minimum length",\n          "description": "The fewest characters a String parameter\'s value may have.",\n          "type": "integer",\n          "minimum": 0\n        },\n        "MaxLength": {\n          "title": "Maximum length",\n          "description": "The most characters a String parameter\'s value may have.",\n          "type": "integer",\n          "minimum": 0\n        },\n        "MinValue": {\n          "title": "Minimum value",\n          "description": "The smallest a Number parameter may be.",\n          "type": "number"\n        },\n        "MaxValue": {\n          "title": "Maximum value",\n          "description": "The largest a Number parameter may be.",\n          "type": "number"\n        },\n        "NoEcho": {\n          "title": "No echo",\n          "description": "Masks the value wherever CloudFormation shows it.",\n          "type": "boolean"\n        }\n      }\n    },\n    "output": {\n      "title": "Output",\n      "description": "One template output, as CloudFormation declares it.",\n      "type": "object",\n      "additionalProperties": false,\n      "required": [\n        "Value"\n      ],\n      "properties": {\n        "Value": {\n          "title": "Value",\n          "description": "The output\'s value: text, or a CloudFormation function (!Ref, !GetAtt, !Sub...) of what the template holds."\n        },\n        "Description": {\n          "title": "Description",\n          "description": "What the output is.",\n          "type": "string",\n          "maxLength": 1024\n        },\n        "Export": {\n          "title": "Export",\n          "description": "Exports the value under a name other stacks read with !ImportValue.",\n          "type": "object",\n          "additionalProperties": false,\n          "required": [\n            "Name"\n          ],\n          "properties": {\n            "Name": {\n              "title": "Export name",\n              "description": "The name, unique in the account and region; text or a CloudFormation function such as !Sub \'${AWS::StackName}-Name\'.",\n              "not": {\n                "type": [\n                  "number",\n                  "boolean",\n                  "array",\n                  "object",\n                  "null"\n                ]\n              }\n            }\n          }\n        },\n        "Condition": {\n          "title": "Condition",\n          "description": "The name of a condition of `conditions`: the output exists only when it is true.",\n          "type": "string",\n          "minLength": 1\n        }\n      }\n    },\n    "templateName": {\n      "title": "Name",\n      "description": "The name of a parameter, condition or output: letters and digits only, as CloudFormation takes them.",\n      "pattern": "^[A-Za-z0-9]+$(?!\\\\n)",\n      "maxLength": 255\n    },\n    "UserPoolGroup": {\n      "title": "User Pool Group",\n      "description": "A group of the users of one user pool (draw a solid wire from it to its pool). A function wired to it (dashed) gets its name in USER_POOL_GROUP_NAME and may add users to it, remove them and list a user\'s groups.",\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "type": {\n          "title": "Resource type",\n          "description": "A Cognito user pool group.",\n          "const": "UserPoolGroup"\n        },\n        "groupName": {\n          "title": "Group name",\n          "description": "The group\'s name in its pool: 1 to 128 characters, no white space. Cognito cannot rename a group once it exists. Default: the Logical ID.",\n          "type": "string",\n          "minLength": 1,\n          "maxLength": 128,\n          "pattern": "^\\\\S+$(?!\\\\n)",\n          "examples": [\n            "members",\n            "admins"\n          ]\n        },\n        "precedence": {\n          "title": "Precedence",\n          "description": "Which group\'s role a user in several groups gets in the cognito:preferred_role claim: the lowest number first. Default: none.",\n          "type": "integer",\n          "minimum": 0,\n          "maximum": 2147483647\n        },\n        "description": {\n          "title": "Description",\n          "description": "A description of the group, at most 2048 characters. Default: none.",\n          "type": "string",\n          "maxLength": 2048\n        },\n        "properties": {\n          "title": "Extra properties",\n          "description": "Escape hatch: extra CloudFormation properties merged into the emitted AWS::Cognito::UserPoolGroup\'s Properties (RoleArn, for example). A key that a field or a wire owns is an error.",\n          "type": "object"\n        }\n      }\n    },\n    "IdentityProvider": {\n      "title": "Identity Provider",\n      "description": "A social or enterprise sign-in of one user pool (draw a solid wire from it to its pool): Google, Facebook, Login with Amazon, Sign in with Apple, OpenID Connect or SAML. A client wired to it lets users sign in through it.",\n      "type": "object",\n      "additionalProperties": false,\n      "required": [\n        "provider"\n      ],\n      "properties": {\n        "type": {\n          "title": "Resource type",\n          "description": "A Cognito user pool identity provider.",\n          "const": "IdentityProvider"\n        },\n        "provider": {\n          "title": "Provider",\n          "description": "google, facebook, amazon (Login with Amazon), apple (Sign in with Apple), oidc (OpenID Connect) or saml. Cognito cannot change it once the provider exists.",\n          "enum": [\n            "google",\n            "facebook",\n            "amazon",\n            "apple",\n            "oidc",\n            "saml"\n          ]\n        },\n        "name": {\n          "title": "Name",\n          "description": "An oidc or saml provider\'s name in Cognito (ProviderName), which clients and the hosted UI show: 3 to 32 characters, not COGNITO, Google, Facebook, LoginWithAmazon or SignInWithApple. Cognito names the others itself. Cognito cannot change it once the provider exists. Default: the Logical ID.",\n          "type": "string",\n          "minLength": 3,\n          "maxLength": 32,\n          "pattern": "^[^_\\\\s][^\\\\s][^_\\\\s]+$(?!\\\\n)"\n        },\n        "clientId": {\n          "title": "Client ID",\n          "description": "The app\'s client ID at the provider (client_id; for apple, the services ID): text or a CloudFormation function.",\n          "not": {\n            "type": [\n              "number",\n              "boolean",\n              "array",\n              "object",\n              "null"\n            ]\n          },\n          "minLength": 1,\n          "maxLength": 2048\n        },\n        "clientSecret": {\n          "title": "Client secret",\n          "description": "The app\'s client secret at the provider (client_secret), never written here: a dynamic reference \'{{resolve:secretsmanager:<secret>:SecretString:<key>}}\', or !Ref of a parameter with NoEcho: true. Not for apple or saml.",\n          "not": {\n            "type": [\n              "number",\n              "boolean",\n              "array",\n              "object",\n              "null"\n            ]\n          },\n          "minLength": 1,\n          "examples": [\n            "{{resolve:secretsmanager:google-sign-in:SecretString:clientSecret}}"\n          ]\n        },\n        "teamId": {\n          "title": "Team ID",\n          "description": "apple: the Apple developer team ID (team_id).",\n          "not": {\n            "type": [\n              "number",\n              "boolean",\n              "array",\n              "object",\n              "null"\n            ]\n          },\n          "minLength": 1\n        },\n        "keyId": {\n          "title": "Key ID",\n          "description": "apple: the ID of the Sign in with Apple private key (key_id).",\n          "not": {\n            "type": [\n              "number",\n              "boolean",\n              "array",\n              "object",\n              "null"\n            ]\n          },\n          "minLength": 1\n        },\n        "privateKey": {\n          "title": "Private key",\n          "description": "apple: the Sign in with Apple private key (private_key), never written here: a dynamic reference \'{{resolve:secretsmanager:...}}\', or !Ref of a parameter with NoEcho: true.",\n          "not": {\n            "type": [\n              "number",\n              "boolean",\n              "array",\n              "object",\n              "null"\n            ]\n          },\n          "minLength": 1\n        },\n        "issuer": {\n          "title": "Issuer",\n          "description": "oidc: the issuer URL (oidc_issuer), where Cognito finds the provider\'s endpoints.",\n          "type": "string",\n          "minLength": 1,\n          "maxLength": 2048,\n          "pattern": "^https://[^\\\\s]+$(?!\\\\n)",\n          "examples": [\n            "https://accounts.example.com"\n          ]\n        },\n        "attributesRequestMethod": {\n          "title": "Attributes request method",\n          "description": "oidc: how Cognito asks for the user\'s attributes (attributes_request_method). Default: GET.",\n          "enum": [\n            "GET",\n            "POST"\n          ]\n        },\n        "scopes": {\n          "title": "Scopes",\n          "description": "What Cognito asks the provider for (authorize_scopes). Default: [profile] for google and amazon, [public_profile] for facebook, [name] for apple, [openid] for oidc. Not for saml.",\n          "type": "array",\n          "items": {\n            "type": "string",\n            "minLength": 1,\n            "pattern": "^[^\\\\s,]+$(?!\\\\n)"\n          },\n          "minItems": 1,\n          "uniqueItems": true,\n          "examples": [\n            [\n              "openid",\n              "email",\n              "profile"\n            ]\n          ]\n        },\n        "metadataUrl": {\n          "title": "Metadata URL",\n          "description": "saml: the URL of the identity provider\'s metadata document (MetadataURL). Give it or metadataFile.",\n          "type": "string",\n          "minLength": 1,\n          "maxLength": 2048,\n          "pattern": "^https?://[^\\\\s]+$(?!\\\\n)"\n        },\n        "metadataFile": {\n          "title": "Metadata file",\n          "description": "saml: the identity provider\'s metadata document itself, as text (MetadataFile). Give it or metadataUrl.",\n          "type": "string",\n          "minLength": 1,\n          "maxLength": 131072\n        },\n        "attributeMapping": {\n          "title": "Attribute mapping",\n          "description": "The pool\'s attribute to the provider\'s (AttributeMapping), for example email: email. Default: none.",\n          "type": "object",\n          "propertyNames": {\n            "minLength": 1,\n            "maxLength": 32\n          },\n          "additionalProperties": {\n            "type": "string",\n            "minLength": 1,\n            "maxLength": 131072\n          },\n          "examples": [\n            {\n              "email": "email",\n              "name": "name"\n            }\n          ]\n        },\n        "properties": {\n          "title": "Extra properties",\n          "description": "Escape hatch: extra CloudFormation properties merged into the emitted AWS::Cognito::UserPoolIdentityProvider\'s Properties (IdpIdentifiers, more ProviderDetails keys...). A key that a field or a wire owns is an error.",\n          "type": "object"\n        }\n      },\n      "allOf": [\n        {\n          "if": {\n            "properties": {\n              "provider": {\n                "enum": [\n                  "google",\n                  "facebook",\n                  "amazon"\n                ]\n              }\n            },\n            "required": [\n              "provider"\n            ]\n          },\n          "then": {\n            "required": [\n              "clientId",\n              "clientSecret"\n            ],\n            "properties": {\n              "name": {\n                "title": "Not for this provider",\n                "description": "is for an oidc or saml provider only (Cognito names the others itself): remove it",\n                "not": {}\n              },\n              "teamId": {\n                "title": "Not for this provider",\n                "description": "is for an apple provider only: remove it",\n                "not": {}\n              },\n              "keyId": {\n                "title": "Not for this provider",\n                "description": "is for an apple provider only: remove it",\n                "not": {}\n              },\n              "privateKey": {\n                "title": "Not for this provider",\n                "description": "is for an apple provider only: remove it",\n                "not": {}\n              },\n              "issuer": {\n                "title": "Not for this provider",\n                "description": "is for an oidc provider only: remove it",\n                "not": {}\n              },\n              "attributesRequestMethod": {\n                "title": "Not for this provider",\n                "description": "is for an oidc provider only: remove it",\n                "not": {}\n              },\n              "metadataUrl": {\n                "title": "Not for this provider",\n                "description": "is for a saml provider only: remove it",\n                "not": {}\n              },\n              "metadataFile": {\n                "title": "Not for this provider",\n                "description": "is for a saml provider only: remove it",\n                "not": {}\n              }\n            }\n          }\n        },\n        {\n          "if": {\n            "properties": {\n              "provider": {\n                "const": "apple"\n              }\n            },\n            "required": [\n              "provider"\n            ]\n          },\n          "then": {\n            "required": [\n              "clientId",\n              "teamId",\n              "keyId",\n              "privateKey"\n            ],\n            "properties": {\n              "name": {\n                "title": "Not for this provider",\n                "description": "is for an oidc or saml provider only (Cognito names the others itself): remove it",\n                "not": {}\n              },\n              "clientSecret": {\n                "title": "Not for this provider",\n                "description": "is for a google, facebook, amazon or oidc provider only: remove it",\n                "not": {}\n              },\n              "issuer": {\n                "title": "Not for this provider",\n                "description": "is for an oidc provider only: remove it",\n                "not": {}\n              },\n              "attributesRequestMethod": {\n                "title": "Not for this provider",\n                "description": "is for an oidc provider only: remove it",\n                "not": {}\n              },\n              "metadataUrl": {\n                "title": "Not for this provider",\n                "description": "is for a saml provider only: remove it",\n                "not": {}\n              },\n              "metadataFile": {\n                "title": "Not for this provider",\n                "description": "is for a saml provider only: remove it",\n                "not": {}\n              }\n            }\n          }\n        },\n        {\n          "if": {\n            "properties": {\n              "provider": {\n                "const": "oidc"\n              }\n            },\n            "required": [\n              "provider"\n            ]\n          },\n          "then": {\n            "required": [\n              "clientId",\n              "clientSecret",\n              "issuer"\n            ],\n            "properties": {\n              "teamId": {\n                "title": "Not for this provider",\n                "description": "is for an apple provider only: remove it",\n                "not": {}\n              },\n              "keyId": {\n                "title": "Not for this provider",\n                "description": "is for an apple provider only: remove it",\n                "not": {}\n              },\n              "privateKey": {\n                "title": "Not for this provider",\n                "description": "is for an apple provider only: remove it",\n                "not": {}\n              },\n              "metadataUrl": {\n                "title": "Not for this provider",\n                "description": "is for a saml provider only: remove it",\n                "not": {}\n              },\n              "metadataFile": {\n                "title": "Not for this provider",\n                "description": "is for a saml provider only: remove it",\n                "not": {}\n              }\n            }\n          }\n        },\n        {\n          "if": {\n            "properties": {\n              "provider": {\n                "const": "saml"\n              }\n            },\n            "required": [\n              "provider"\n            ]\n          },\n          "then": {\n            "properties": {\n              "clientId": {\n                "title": "Not for this provider",\n                "description": "is not for a saml provider: remove it",\n                "not": {}\n              },\n              "clientSecret": {\n                "title": "Not for this provider",\n                "description": "is for a google, facebook, amazon or oidc provider only: remove it",\n                "not": {}\n              },\n              "teamId": {\n                "title": "Not for this provider",\n                "description": "is for an apple provider only: remove it",\n                "not": {}\n              },\n              "keyId": {\n                "title": "Not for this provider",\n                "description": "is for an apple provider only: remove it",\n                "not": {}\n              },\n              "privateKey": {\n                "title": "Not for this provider",\n                "description": "is for an apple provider only: remove it",\n                "not": {}\n              },\n              "issuer": {\n                "title": "Not for this provider",\n                "description": "is for an oidc provider only: remove it",\n                "not": {}\n              },\n              "attributesRequestMethod": {\n                "title": "Not for this provider",\n                "description": "is for an oidc provider only: remove it",\n                "not": {}\n              },\n              "scopes": {\n                "title": "Not for this provider",\n                "description": "is not for a saml provider: remove it",\n                "not": {}\n              }\n            },\n            "if": {\n              "required": [\n                "metadataFile"\n              ]\n            },\n            "then": {\n              "properties": {\n                "metadataUrl": {\n                  "title": "Not for this provider",\n                  "description": "cannot go with `metadataFile`: a saml provider takes one of the two; remove one",\n                  "not": {}\n                }\n              }\n            },\n            "else": {\n              "required": [\n                "metadataUrl"\n              ]\n            }\n          }\n        }\n      ]\n    },\n    "ResourceServer": {\n      "title": "Resource Server",\n      "description": "An API of one user pool and the OAuth scopes it defines (draw a solid wire from it to its pool). A client wired to it may ask for <identifier>/<scope>.",\n      "type": "object",\n      "additionalProperties": false,\n      "required": [\n        "identifier"\n      ],\n      "properties": {\n        "type": {\n          "title": "Resource type",\n          "description": "A Cognito user pool resource server.",\n          "const": "ResourceServer"\n        },\n        "identifier": {\n          "title": "Identifier",\n          "description": "What clients name its scopes by (Identifier), often the API\'s URL: https://api.example.com. Cognito cannot change it once the server exists.",\n          "type": "string",\n          "minLength": 1,\n          "maxLength": 256,\n          "pattern": "^[\\\\x21\\\\x23-\\\\x5B\\\\x5D-\\\\x7E]+$(?!\\\\n)",\n          "examples": [\n            "https://api.example.com"\n          ]\n        },\n        "name": {\n          "title": "Name",\n          "description": "Its name in Cognito (Name). Default: the Logical ID.",\n          "type": "string",\n          "minLength": 1,\n          "maxLength": 256,\n          "pattern": "^[\\\\w +=,.@-]+$(?!\\\\n)"\n        },\n        "scopes": {\n          "title": "Scopes",\n          "description": "Scope name to what it allows (Scopes); a client asks for one as <identifier>/<name>. At most 100.",\n          "type": "object",\n          "maxProperties": 100,\n          "propertyNames": {\n            "minLength": 1,\n            "maxLength": 256,\n            "pattern": "^[\\\\x21\\\\x23-\\\\x2E\\\\x30-\\\\x5B\\\\x5D-\\\\x7E]+$(?!\\\\n)"\n          },\n          "additionalProperties": {\n            "type": "string",\n            "minLength": 1,\n            "maxLength": 256\n          },\n          "examples": [\n            {\n              "read": "Read the photos",\n              "write": "Upload photos"\n            }\n          ]\n        },\n        "properties": {\n          "title": "Extra properties",\n          "description": "Escape hatch: extra CloudFormation properties merged into the emitted AWS::Cognito::UserPoolResourceServer\'s Properties. A key that a field or a wire owns is an error.",\n          "type": "object"\n        }\n      }\n    },\n    "Carried": {\n      "title": "Carried resource",\n      "description": "Any other CloudFormation or SAM resource, carried into the template as is under its Logical ID: `properties` become its Properties (checked against the type\'s AWS schema where stackgen vendors one), the other fields its resource attributes. It takes no wire: write its references, and references to it, in `properties`.",\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "type": {\n          "title": "Resource type",\n          "description": "A CloudFormation or SAM type name (AWS::SNS::Topic, AWS::Serverless::Api) or a custom resource\'s (Custom::Name).",\n          "examples": [\n            "AWS::SNS::Topic",\n            "AWS::DynamoDB::Table",\n            "Custom::Seed"\n          ],\n          "$ref": "#/$defs/typeName"\n        },\n        "properties": {\n          "title": "Properties",\n          "description": "The resource\'s Properties, as a template has them: CloudFormation functions (!Ref, !GetAtt, !Sub...) may name any resource, parameter or condition of the spec.",\n          "type": "object"\n        },\n        "dependsOn": {\n          "title": "Depends on",\n          "description": "Becomes DependsOn: the Logical ID, or the list of Logical IDs, of the resources CloudFormation creates first (a resource of the spec, or one stackgen derives).",\n          "type": [\n            "string",\n            "array"\n          ],\n          "minItems": 1,\n          "uniqueItems": true,\n          "items": {\n            "$ref": "#/$defs/logicalId"\n          },\n          "pattern": "^[A-Za-z0-9]+$(?!\\\\n)",\n          "maxLength": 255\n        },\n        "condition": {\n          "title": "Condition",\n          "description": "Becomes Condition: the name of a condition of `conditions`; the resource is created only when it is true.",\n          "type": "string",\n          "pattern": "^[A-Za-z0-9]+$(?!\\\\n)",\n          "maxLength": 255\n        },\n        "deletionPolicy": {\n          "title": "Deletion policy",\n          "description": "Becomes DeletionPolicy: what CloudFormation does with the resource when it leaves the stack. Snapshot only for the types that take it (RDS, Neptune, ElastiCache, Redshift, EBS volumes...). Default: CloudFormation\'s (Delete for most types).",\n          "enum": [\n            "Delete",\n            "Retain",\n            "RetainExceptOnCreate",\n            "Snapshot"\n          ]\n        },\n        "updateReplacePolicy": {\n          "title": "Update replace policy",\n          "description": "Becomes UpdateReplacePolicy: what CloudFormation does with the old resource when an update replaces it. Default: CloudFormation\'s (Delete).",\n          "enum": [\n            "Delete",\n            "Retain",\n            "Snapshot"\n          ]\n        },\n        "metadata": {\n          "title": "Metadata",\n          "description": "Becomes Metadata: a mapping CloudFormation stores with the resource (cfn-lint\'s and cfn-nag\'s settings, for example).",\n          "type": "object"\n        }\n      }\n    },\n    "logicalId": {\n      "title": "Logical ID",\n      "description": "A Logical ID: letters and digits only.",\n      "pattern": "^[A-Za-z0-9]+$(?!\\\\n)",\n      "maxLength": 255,\n      "type": "string"\n    },\n    "typeName": {\n      "title": "CloudFormation type name",\n      "description": "AWS::<service>::<resource> (AWS::SNS::Topic, AWS::Serverless::Api; any three names of letters and digits, as CloudFormation\'s registry types have), or Custom::<name> for a custom resource.",\n      "type": "string",\n      "pattern": "^([A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+|Custom::[A-Za-z0-9_@-]{1,60})$(?!\\\\n)"\n    },\n    "metadataValue": {\n      "title": "Metadata value",\n      "description": "Any value but empty (null), at any depth: CloudFormation refuses a null value in a template.",\n      "not": {\n        "type": "null"\n      },\n      "additionalProperties": {\n        "$ref": "#/$defs/metadataValue"\n      },\n      "items": {\n        "$ref": "#/$defs/metadataValue"\n      }\n    }\n  }\n}\n'

#: per resource kind, its numeric fields' (minimum, maximum)
BOUNDS = {'UserPool': {}, 'UserPoolClient': {}, 'Function': {'memorySize': (128, 10240), 'timeout': (1, 900)}, 'EdgeFunction': {'memorySize': (128, 10240), 'timeout': (1, 30)}, 'UserPoolDomain': {}, 'UserPoolGroup': {'precedence': (0, 2147483647)}, 'IdentityProvider': {}, 'ResourceServer': {}}

VERSION = '2.22.3'
from .compiled import Decimal
import re
from .compiled import JsonSchemaValueException, JsonSchemaValuesException
from .compiled import OnFirstUse as _OnFirstUse, later as _later
REGEX_PATTERNS = _OnFirstUse({'^[A-Za-z0-9]+$(?!\\n)': _later('^[A-Za-z0-9]+\\Z(?!\\n)'), '^([A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+|Custom::[A-Za-z0-9_@-]{1,60})$(?!\\n)': _later('^([A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+|Custom::[A-Za-z0-9_@-]{1,60})\\Z(?!\\n)'), '^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$(?!\\n)': _later('^[\\x21\\x23-\\x5B\\x5D-\\x7E]+\\Z(?!\\n)'), '^[\\w +=,.@-]+$(?!\\n)': _later('^[\\w +=,.@-]+\\Z(?!\\n)'), '^[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+$(?!\\n)': _later('^[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+\\Z(?!\\n)'), '^[^_\\s][^\\s][^_\\s]+$(?!\\n)': _later('^[^_\\s][^\\s][^_\\s]+\\Z(?!\\n)'), '^https://[^\\s]+$(?!\\n)': _later('^https://[^\\s]+\\Z(?!\\n)'), '^[^\\s,]+$(?!\\n)': _later('^[^\\s,]+\\Z(?!\\n)'), '^https?://[^\\s]+$(?!\\n)': _later('^https?://[^\\s]+\\Z(?!\\n)'), '^\\S+$(?!\\n)': _later('^\\S+\\Z(?!\\n)'), '^arn:[a-z0-9-]+:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+$(?!\\n)': _later('^arn:[a-z0-9-]+:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+\\Z(?!\\n)'), '^[A-Za-z][A-Za-z0-9_]*$(?!\\n)': _later('^[A-Za-z][A-Za-z0-9_]*\\Z(?!\\n)'), '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$(?!\\n)': _later('^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+\\Z(?!\\n)'), '^arn:[a-z0-9-]+:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$(?!\\n)': _later('^arn:[a-z0-9-]+:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+\\Z(?!\\n)'), '^[A-Za-z0-9_-]+_[0-9a-zA-Z]+$(?!\\n)': _later('^[A-Za-z0-9_-]+_[0-9a-zA-Z]+\\Z(?!\\n)'), '^(nodejs([0-9]+\\.([0-9]+|x)(-edge)?)?|python[0-9]+\\.[0-9]+|java[0-9]+(\\.al2)?|dotnet(core)?[0-9]+(\\.[0-9]+)?|ruby[0-9]+\\.[0-9]+|go[0-9]+\\.x|provided(\\.al2|\\.al2023)?)$(?!\\n)': _later('^(nodejs([0-9]+\\.([0-9]+|x)(-edge)?)?|python[0-9]+\\.[0-9]+|java[0-9]+(\\.al2)?|dotnet(core)?[0-9]+(\\.[0-9]+)?|ruby[0-9]+\\.[0-9]+|go[0-9]+\\.x|provided(\\.al2|\\.al2023)?)\\Z(?!\\n)')})
NoneType = type(None)

def validate_urn_stackgen_schema_spec_1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['resources']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
        data_keys = set(data.keys())
        if 'version' in data_keys:
            data_keys.remove('version')
            data__version = data['version']
            if not (isinstance(data__version, (int, float)) and (not isinstance(data__version, bool)) and (data__version == 1)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.version must be same as const definition: 1', value=data__version, name='' + (name_prefix or 'data') + '.version', rule='const')
        if 'description' in data_keys:
            data_keys.remove('description')
            data__description = data['description']
            if not isinstance(data__description, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.description must be string', value=data__description, name='' + (name_prefix or 'data') + '.description', rule='type')
            if isinstance(data__description, str):
                data__description_len = len(data__description)
                if data__description_len > 1024:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.description must be shorter than or equal to 1024 characters', value=data__description, name='' + (name_prefix or 'data') + '.description', rule='maxLength')
        if 'metadata' in data_keys:
            data_keys.remove('metadata')
            data__metadata = data['metadata']
            if not isinstance(data__metadata, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadata must be object', value=data__metadata, name='' + (name_prefix or 'data') + '.metadata', rule='type')
            data__metadata_is_dict = isinstance(data__metadata, dict)
            if data__metadata_is_dict:
                data__metadata_keys = set(data__metadata.keys())
                for data__metadata_key in data__metadata_keys:
                    if data__metadata_key not in []:
                        data__metadata_value = data__metadata.get(data__metadata_key)
                        validate____defs_metadatavalue(data__metadata_value, custom_formats, (name_prefix or 'data') + '.metadata.{data__metadata_key}'.format(**locals()))
        if 'defaults' in data_keys:
            data_keys.remove('defaults')
            data__defaults = data['defaults']
            if not isinstance(data__defaults, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.defaults must be object', value=data__defaults, name='' + (name_prefix or 'data') + '.defaults', rule='type')
            data__defaults_is_dict = isinstance(data__defaults, dict)
            if data__defaults_is_dict:
                data__defaults_keys = set(data__defaults.keys())
                if 'function' in data__defaults_keys:
                    data__defaults_keys.remove('function')
                    data__defaults__function = data__defaults['function']
                    if not isinstance(data__defaults__function, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.defaults.function must be object', value=data__defaults__function, name='' + (name_prefix or 'data') + '.defaults.function', rule='type')
                    data__defaults__function_is_dict = isinstance(data__defaults__function, dict)
                    if data__defaults__function_is_dict:
                        data__defaults__function_keys = set(data__defaults__function.keys())
                        if 'runtime' in data__defaults__function_keys:
                            data__defaults__function_keys.remove('runtime')
                            data__defaults__function__runtime = data__defaults__function['runtime']
                            validate____defs_runtime(data__defaults__function__runtime, custom_formats, (name_prefix or 'data') + '.defaults.function.runtime')
                        if 'memorySize' in data__defaults__function_keys:
                            data__defaults__function_keys.remove('memorySize')
                            data__defaults__function__memorySize = data__defaults__function['memorySize']
                            if not isinstance(data__defaults__function__memorySize, int) and (not (isinstance(data__defaults__function__memorySize, float) and data__defaults__function__memorySize.is_integer())) or isinstance(data__defaults__function__memorySize, bool):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.defaults.function.memorySize must be integer', value=data__defaults__function__memorySize, name='' + (name_prefix or 'data') + '.defaults.function.memorySize', rule='type')
                            if isinstance(data__defaults__function__memorySize, (int, float, Decimal)) and (not isinstance(data__defaults__function__memorySize, bool)):
                                if data__defaults__function__memorySize < 128:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.defaults.function.memorySize must be bigger than or equal to 128', value=data__defaults__function__memorySize, name='' + (name_prefix or 'data') + '.defaults.function.memorySize', rule='minimum')
                                if data__defaults__function__memorySize > 10240:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.defaults.function.memorySize must be smaller than or equal to 10240', value=data__defaults__function__memorySize, name='' + (name_prefix or 'data') + '.defaults.function.memorySize', rule='maximum')
                        if 'timeout' in data__defaults__function_keys:
                            data__defaults__function_keys.remove('timeout')
                            data__defaults__function__timeout = data__defaults__function['timeout']
                            if not isinstance(data__defaults__function__timeout, int) and (not (isinstance(data__defaults__function__timeout, float) and data__defaults__function__timeout.is_integer())) or isinstance(data__defaults__function__timeout, bool):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.defaults.function.timeout must be integer', value=data__defaults__function__timeout, name='' + (name_prefix or 'data') + '.defaults.function.timeout', rule='type')
                            if isinstance(data__defaults__function__timeout, (int, float, Decimal)) and (not isinstance(data__defaults__function__timeout, bool)):
                                if data__defaults__function__timeout < 1:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.defaults.function.timeout must be bigger than or equal to 1', value=data__defaults__function__timeout, name='' + (name_prefix or 'data') + '.defaults.function.timeout', rule='minimum')
                                if data__defaults__function__timeout > 900:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.defaults.function.timeout must be smaller than or equal to 900', value=data__defaults__function__timeout, name='' + (name_prefix or 'data') + '.defaults.function.timeout', rule='maximum')
                        if data__defaults__function_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.defaults.function must not contain ' + str(data__defaults__function_keys) + ' properties', value=data__defaults__function, name='' + (name_prefix or 'data') + '.defaults.function', rule='additionalProperties')
                if data__defaults_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.defaults must not contain ' + str(data__defaults_keys) + ' properties', value=data__defaults, name='' + (name_prefix or 'data') + '.defaults', rule='additionalProperties')
        if 'resources' in data_keys:
            data_keys.remove('resources')
            data__resources = data['resources']
            if not isinstance(data__resources, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.resources must be object', value=data__resources, name='' + (name_prefix or 'data') + '.resources', rule='type')
            data__resources_is_dict = isinstance(data__resources, dict)
            if data__resources_is_dict:
                data__resources_len = len(data__resources)
                if data__resources_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.resources must contain at least 1 properties', value=data__resources, name='' + (name_prefix or 'data') + '.resources', rule='minProperties')
                data__resources_keys = set(data__resources.keys())
                for data__resources_key in data__resources_keys:
                    if data__resources_key not in []:
                        data__resources_value = data__resources.get(data__resources_key)
                        validate____defs_resource(data__resources_value, custom_formats, (name_prefix or 'data') + '.resources.{data__resources_key}'.format(**locals()))
                if data__resources_len != 0:
                    data__resources_property_names = True
                    for data__resources_key in data__resources:
                        try:
                            if isinstance(data__resources_key, str):
                                data__resources_key_len = len(data__resources_key)
                                if data__resources_key_len > 255:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.resources must be shorter than or equal to 255 characters', value=data__resources_key, name='' + (name_prefix or 'data') + '.resources', rule='maxLength')
                                if not REGEX_PATTERNS['^[A-Za-z0-9]+$(?!\\n)'].search(data__resources_key):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.resources must match pattern ^[A-Za-z0-9]+$(?!\\n)', value=data__resources_key, name='' + (name_prefix or 'data') + '.resources', rule='pattern')
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__resources_property_names = False
                    if not data__resources_property_names:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.resources must be named by propertyName definition', value=data__resources, name='' + (name_prefix or 'data') + '.resources', rule='propertyNames')
        if 'wires' in data_keys:
            data_keys.remove('wires')
            data__wires = data['wires']
            if not isinstance(data__wires, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.wires must be array', value=data__wires, name='' + (name_prefix or 'data') + '.wires', rule='type')
            data__wires_is_list = isinstance(data__wires, (list, tuple))
            if data__wires_is_list:
                data__wires_len = len(data__wires)
                for data__wires_x, data__wires_item in enumerate(data__wires):
                    validate____defs_wire(data__wires_item, custom_formats, (name_prefix or 'data') + '.wires[{data__wires_x}]'.format(**locals()))
        if 'parameters' in data_keys:
            data_keys.remove('parameters')
            data__parameters = data['parameters']
            if not isinstance(data__parameters, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.parameters must be object', value=data__parameters, name='' + (name_prefix or 'data') + '.parameters', rule='type')
            data__parameters_is_dict = isinstance(data__parameters, dict)
            if data__parameters_is_dict:
                data__parameters_keys = set(data__parameters.keys())
                for data__parameters_key in data__parameters_keys:
                    if data__parameters_key not in []:
                        data__parameters_value = data__parameters.get(data__parameters_key)
                        validate____defs_parameter(data__parameters_value, custom_formats, (name_prefix or 'data') + '.parameters.{data__parameters_key}'.format(**locals()))
                data__parameters_len = len(data__parameters)
                if data__parameters_len != 0:
                    data__parameters_property_names = True
                    for data__parameters_key in data__parameters:
                        try:
                            validate____defs_templatename(data__parameters_key, custom_formats, (name_prefix or 'data') + '.parameters')
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__parameters_property_names = False
                    if not data__parameters_property_names:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.parameters must be named by propertyName definition', value=data__parameters, name='' + (name_prefix or 'data') + '.parameters', rule='propertyNames')
        if 'conditions' in data_keys:
            data_keys.remove('conditions')
            data__conditions = data['conditions']
            if not isinstance(data__conditions, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.conditions must be object', value=data__conditions, name='' + (name_prefix or 'data') + '.conditions', rule='type')
            data__conditions_is_dict = isinstance(data__conditions, dict)
            if data__conditions_is_dict:
                data__conditions_keys = set(data__conditions.keys())
                for data__conditions_key in data__conditions_keys:
                    if data__conditions_key not in []:
                        data__conditions_value = data__conditions.get(data__conditions_key)
                        try:
                            if not isinstance(data__conditions_value, (str, int, float, Decimal, bool, list, tuple, dict, NoneType)):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.conditions.{data__conditions_key}'.format(**locals()) + ' must be string or number or boolean or array or object or null', value=data__conditions_value, name='' + (name_prefix or 'data') + '.conditions.{data__conditions_key}'.format(**locals()) + '', rule='type')
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                        else:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.conditions.{data__conditions_key}'.format(**locals()) + ' must NOT match a disallowed definition', value=data__conditions_value, name='' + (name_prefix or 'data') + '.conditions.{data__conditions_key}'.format(**locals()) + '', rule='not')
                data__conditions_len = len(data__conditions)
                if data__conditions_len != 0:
                    data__conditions_property_names = True
                    for data__conditions_key in data__conditions:
                        try:
                            validate____defs_templatename(data__conditions_key, custom_formats, (name_prefix or 'data') + '.conditions')
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__conditions_property_names = False
                    if not data__conditions_property_names:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.conditions must be named by propertyName definition', value=data__conditions, name='' + (name_prefix or 'data') + '.conditions', rule='propertyNames')
        if 'outputs' in data_keys:
            data_keys.remove('outputs')
            data__outputs = data['outputs']
            if not isinstance(data__outputs, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.outputs must be object', value=data__outputs, name='' + (name_prefix or 'data') + '.outputs', rule='type')
            data__outputs_is_dict = isinstance(data__outputs, dict)
            if data__outputs_is_dict:
                data__outputs_keys = set(data__outputs.keys())
                for data__outputs_key in data__outputs_keys:
                    if data__outputs_key not in []:
                        data__outputs_value = data__outputs.get(data__outputs_key)
                        validate____defs_output(data__outputs_value, custom_formats, (name_prefix or 'data') + '.outputs.{data__outputs_key}'.format(**locals()))
                data__outputs_len = len(data__outputs)
                if data__outputs_len != 0:
                    data__outputs_property_names = True
                    for data__outputs_key in data__outputs:
                        try:
                            validate____defs_templatename(data__outputs_key, custom_formats, (name_prefix or 'data') + '.outputs')
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__outputs_property_names = False
                    if not data__outputs_property_names:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.outputs must be named by propertyName definition', value=data__outputs, name='' + (name_prefix or 'data') + '.outputs', rule='propertyNames')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', rule='additionalProperties')
    return data

def validate____defs_output(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['Value']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
        data_keys = set(data.keys())
        if 'Value' in data_keys:
            data_keys.remove('Value')
            data__Value = data['Value']
        if 'Description' in data_keys:
            data_keys.remove('Description')
            data__Description = data['Description']
            if not isinstance(data__Description, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.Description must be string', value=data__Description, name='' + (name_prefix or 'data') + '.Description', rule='type')
            if isinstance(data__Description, str):
                data__Description_len = len(data__Description)
                if data__Description_len > 1024:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.Description must be shorter than or equal to 1024 characters', value=data__Description, name='' + (name_prefix or 'data') + '.Description', rule='maxLength')
        if 'Export' in data_keys:
            data_keys.remove('Export')
            data__Export = data['Export']
            if not isinstance(data__Export, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.Export must be object', value=data__Export, name='' + (name_prefix or 'data') + '.Export', rule='type')
            data__Export_is_dict = isinstance(data__Export, dict)
            if data__Export_is_dict:
                data__Export__missing_keys = set(['Name']) - data__Export.keys()
                if data__Export__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.Export must contain ' + (str(sorted(data__Export__missing_keys)) + ' properties'), value=data__Export, name='' + (name_prefix or 'data') + '.Export', rule='required')
                data__Export_keys = set(data__Export.keys())
                if 'Name' in data__Export_keys:
                    data__Export_keys.remove('Name')
                    data__Export__Name = data__Export['Name']
                    try:
                        if not isinstance(data__Export__Name, (int, float, Decimal, bool, list, tuple, dict, NoneType)):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.Export.Name must be number or boolean or array or object or null', value=data__Export__Name, name='' + (name_prefix or 'data') + '.Export.Name', rule='type')
                    except (JsonSchemaValueException, JsonSchemaValuesException):
                        pass
                    else:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.Export.Name must NOT match a disallowed definition', value=data__Export__Name, name='' + (name_prefix or 'data') + '.Export.Name', rule='not')
                if data__Export_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.Export must not contain ' + str(data__Export_keys) + ' properties', value=data__Export, name='' + (name_prefix or 'data') + '.Export', rule='additionalProperties')
        if 'Condition' in data_keys:
            data_keys.remove('Condition')
            data__Condition = data['Condition']
            if not isinstance(data__Condition, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.Condition must be string', value=data__Condition, name='' + (name_prefix or 'data') + '.Condition', rule='type')
            if isinstance(data__Condition, str):
                data__Condition_len = len(data__Condition)
                if data__Condition_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.Condition must be longer than or equal to 1 characters', value=data__Condition, name='' + (name_prefix or 'data') + '.Condition', rule='minLength')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', rule='additionalProperties')
    return data

def validate____defs_templatename(data, custom_formats={}, name_prefix=None):
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 255:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be shorter than or equal to 255 characters', value=data, name='' + (name_prefix or 'data') + '', rule='maxLength')
        if not REGEX_PATTERNS['^[A-Za-z0-9]+$(?!\\n)'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[A-Za-z0-9]+$(?!\\n)', value=data, name='' + (name_prefix or 'data') + '', rule='pattern')
    return data

def validate____defs_parameter(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['Type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
        data_keys = set(data.keys())
        if 'Type' in data_keys:
            data_keys.remove('Type')
            data__Type = data['Type']
            if not isinstance(data__Type, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.Type must be string', value=data__Type, name='' + (name_prefix or 'data') + '.Type', rule='type')
        if 'Default' in data_keys:
            data_keys.remove('Default')
            data__Default = data['Default']
            if not isinstance(data__Default, (str, int, float, Decimal)) or isinstance(data__Default, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.Default must be string or number', value=data__Default, name='' + (name_prefix or 'data') + '.Default', rule='type')
        if 'Description' in data_keys:
            data_keys.remove('Description')
            data__Description = data['Description']
            if not isinstance(data__Description, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.Description must be string', value=data__Description, name='' + (name_prefix or 'data') + '.Description', rule='type')
            if isinstance(data__Description, str):
                data__Description_len = len(data__Description)
                if data__Description_len > 4000:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.Description must be shorter than or equal to 4000 characters', value=data__Description, name='' + (name_prefix or 'data') + '.Description', rule='maxLength')
        if 'AllowedValues' in data_keys:
            data_keys.remove('AllowedValues')
            data__AllowedValues = data['AllowedValues']
            if not isinstance(data__AllowedValues, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.AllowedValues must be array', value=data__AllowedValues, name='' + (name_prefix or 'data') + '.AllowedValues', rule='type')
            data__AllowedValues_is_list = isinstance(data__AllowedValues, (list, tuple))
            if data__AllowedValues_is_list:
                data__AllowedValues_len = len(data__AllowedValues)
                if data__AllowedValues_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.AllowedValues must contain at least 1 items', value=data__AllowedValues, name='' + (name_prefix or 'data') + '.AllowedValues', rule='minItems')
                for data__AllowedValues_x, data__AllowedValues_item in enumerate(data__AllowedValues):
                    if not isinstance(data__AllowedValues_item, (str, int, float, Decimal)) or isinstance(data__AllowedValues_item, bool):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.AllowedValues[{data__AllowedValues_x}]'.format(**locals()) + ' must be string or number', value=data__AllowedValues_item, name='' + (name_prefix or 'data') + '.AllowedValues[{data__AllowedValues_x}]'.format(**locals()) + '', rule='type')
        if 'AllowedPattern' in data_keys:
            data_keys.remove('AllowedPattern')
            data__AllowedPattern = data['AllowedPattern']
            if not isinstance(data__AllowedPattern, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.AllowedPattern must be string', value=data__AllowedPattern, name='' + (name_prefix or 'data') + '.AllowedPattern', rule='type')
        if 'ConstraintDescription' in data_keys:
            data_keys.remove('ConstraintDescription')
            data__ConstraintDescription = data['ConstraintDescription']
            if not isinstance(data__ConstraintDescription, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.ConstraintDescription must be string', value=data__ConstraintDescription, name='' + (name_prefix or 'data') + '.ConstraintDescription', rule='type')
        if 'MinLength' in data_keys:
            data_keys.remove('MinLength')
            data__MinLength = data['MinLength']
            if not isinstance(data__MinLength, int) and (not (isinstance(data__MinLength, float) and data__MinLength.is_integer())) or isinstance(data__MinLength, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.MinLength must be integer', value=data__MinLength, name='' + (name_prefix or 'data') + '.MinLength', rule='type')
            if isinstance(data__MinLength, (int, float, Decimal)) and (not isinstance(data__MinLength, bool)):
                if data__MinLength < 0:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.MinLength must be bigger than or equal to 0', value=data__MinLength, name='' + (name_prefix or 'data') + '.MinLength', rule='minimum')
        if 'MaxLength' in data_keys:
            data_keys.remove('MaxLength')
            data__MaxLength = data['MaxLength']
            if not isinstance(data__MaxLength, int) and (not (isinstance(data__MaxLength, float) and data__MaxLength.is_integer())) or isinstance(data__MaxLength, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.MaxLength must be integer', value=data__MaxLength, name='' + (name_prefix or 'data') + '.MaxLength', rule='type')
            if isinstance(data__MaxLength, (int, float, Decimal)) and (not isinstance(data__MaxLength, bool)):
                if data__MaxLength < 0:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.MaxLength must be bigger than or equal to 0', value=data__MaxLength, name='' + (name_prefix or 'data') + '.MaxLength', rule='minimum')
        if 'MinValue' in data_keys:
            data_keys.remove('MinValue')
            data__MinValue = data['MinValue']
            if not isinstance(data__MinValue, (int, float, Decimal)) or isinstance(data__MinValue, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.MinValue must be number', value=data__MinValue, name='' + (name_prefix or 'data') + '.MinValue', rule='type')
        if 'MaxValue' in data_keys:
            data_keys.remove('MaxValue')
            data__MaxValue = data['MaxValue']
            if not isinstance(data__MaxValue, (int, float, Decimal)) or isinstance(data__MaxValue, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.MaxValue must be number', value=data__MaxValue, name='' + (name_prefix or 'data') + '.MaxValue', rule='type')
        if 'NoEcho' in data_keys:
            data_keys.remove('NoEcho')
            data__NoEcho = data['NoEcho']
            if not isinstance(data__NoEcho, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.NoEcho must be boolean', value=data__NoEcho, name='' + (name_prefix or 'data') + '.NoEcho', rule='type')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', rule='additionalProperties')
    return data

def validate____defs_wire(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['from', 'to']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
        data_keys = set(data.keys())
        if 'from' in data_keys:
            data_keys.remove('from')
            data__from = data['from']
            if not isinstance(data__from, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.from must be string', value=data__from, name='' + (name_prefix or 'data') + '.from', rule='type')
            if isinstance(data__from, str):
                data__from_len = len(data__from)
                if data__from_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.from must be longer than or equal to 1 characters', value=data__from, name='' + (name_prefix or 'data') + '.from', rule='minLength')
        if 'to' in data_keys:
            data_keys.remove('to')
            data__to = data['to']
            if not isinstance(data__to, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.to must be string', value=data__to, name='' + (name_prefix or 'data') + '.to', rule='type')
            if isinstance(data__to, str):
                data__to_len = len(data__to)
                if data__to_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.to must be longer than or equal to 1 characters', value=data__to, name='' + (name_prefix or 'data') + '.to', rule='minLength')
        if 'style' in data_keys:
            data_keys.remove('style')
            data__style = data['style']
            if not (isinstance(data__style, str) and data__style == 'solid' or (isinstance(data__style, str) and data__style == 'dashed')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".style must be one of ['solid', 'dashed']", value=data__style, name='' + (name_prefix or 'data') + '.style', rule='enum')
        if 'event' in data_keys:
            data_keys.remove('event')
            data__event = data['event']
            if not (isinstance(data__event, str) and data__event == 'PreSignUp' or (isinstance(data__event, str) and data__event == 'PostConfirmation') or (isinstance(data__event, str) and data__event == 'UserMigration') or (isinstance(data__event, str) and data__event == 'PreAuthentication') or (isinstance(data__event, str) and data__event == 'PostAuthentication') or (isinstance(data__event, str) and data__event == 'PreTokenGeneration') or (isinstance(data__event, str) and data__event == 'CustomMessage') or (isinstance(data__event, str) and data__event == 'DefineAuthChallenge') or (isinstance(data__event, str) and data__event == 'CreateAuthChallenge') or (isinstance(data__event, str) and data__event == 'VerifyAuthChallengeResponse') or (isinstance(data__event, str) and data__event == 'CustomEmailSender') or (isinstance(data__event, str) and data__event == 'CustomSMSSender') or (isinstance(data__event, str) and data__event == 'InboundFederation')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".event must be one of ['PreSignUp', 'PostConfirmation', 'UserMigration', 'PreAuthentication', 'PostAuthentication', 'PreTokenGeneration', 'CustomMessage', 'DefineAuthChallenge', 'CreateAuthChallenge', 'VerifyAuthChallengeResponse', 'CustomEmailSender', 'CustomSMSSender', 'InboundFederation']", value=data__event, name='' + (name_prefix or 'data') + '.event', rule='enum')
        if 'version' in data_keys:
            data_keys.remove('version')
            data__version = data['version']
            if not (isinstance(data__version, (int, float)) and (not isinstance(data__version, bool)) and (data__version == 1) or (isinstance(data__version, (int, float)) and (not isinstance(data__version, bool)) and (data__version == 2)) or (isinstance(data__version, (int, float)) and (not isinstance(data__version, bool)) and (data__version == 3))):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.version must be one of [1, 2, 3]', value=data__version, name='' + (name_prefix or 'data') + '.version', rule='enum')
        if 'access' in data_keys:
            data_keys.remove('access')
            data__access = data['access']
            if not isinstance(data__access, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.access must be array', value=data__access, name='' + (name_prefix or 'data') + '.access', rule='type')
            data__access_is_list = isinstance(data__access, (list, tuple))
            if data__access_is_list:
                data__access_len = len(data__access)
                if data__access_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.access must contain at least 1 items', value=data__access, name='' + (name_prefix or 'data') + '.access', rule='minItems')

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__access_len > len(set((fn(data__access_x) for data__access_x in data__access))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.access must contain unique items', value=data__access, name='' + (name_prefix or 'data') + '.access', rule='uniqueItems')
                for data__access_x, data__access_item in enumerate(data__access):
                    if not (isinstance(data__access_item, str) and data__access_item == 'read' or (isinstance(data__access_item, str) and data__access_item == 'manage-users') or (isinstance(data__access_item, str) and data__access_item == 'manage-groups') or (isinstance(data__access_item, str) and data__access_item == 'sign-in')):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.access[{data__access_x}]'.format(**locals()) + " must be one of ['read', 'manage-users', 'manage-groups', 'sign-in']", value=data__access_item, name='' + (name_prefix or 'data') + '.access[{data__access_x}]'.format(**locals()) + '', rule='enum')
        if 'keyAccess' in data_keys:
            data_keys.remove('keyAccess')
            data__keyAccess = data['keyAccess']
            if not isinstance(data__keyAccess, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.keyAccess must be boolean', value=data__keyAccess, name='' + (name_prefix or 'data') + '.keyAccess', rule='type')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', rule='additionalProperties')
    return data

def validate____defs_resource(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'type' in data_keys:
                data_keys.remove('type')
                data__type = data['type']
                if not (isinstance(data__type, str) and data__type == 'UserPool'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: UserPool', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate____defs_userpool(data, custom_formats, (name_prefix or 'data') + '')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'type' in data_keys:
                data_keys.remove('type')
                data__type = data['type']
                if not (isinstance(data__type, str) and data__type == 'UserPoolClient'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: UserPoolClient', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate____defs_userpoolclient(data, custom_formats, (name_prefix or 'data') + '')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'type' in data_keys:
                data_keys.remove('type')
                data__type = data['type']
                if not (isinstance(data__type, str) and data__type == 'Function'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: Function', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate____defs_function(data, custom_formats, (name_prefix or 'data') + '')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'type' in data_keys:
                data_keys.remove('type')
                data__type = data['type']
                if not (isinstance(data__type, str) and data__type == 'EdgeFunction'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: EdgeFunction', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate____defs_edgefunction(data, custom_formats, (name_prefix or 'data') + '')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'type' in data_keys:
                data_keys.remove('type')
                data__type = data['type']
                if not (isinstance(data__type, str) and data__type == 'UserPoolDomain'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: UserPoolDomain', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate____defs_userpooldomain(data, custom_formats, (name_prefix or 'data') + '')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'type' in data_keys:
                data_keys.remove('type')
                data__type = data['type']
                if not (isinstance(data__type, str) and data__type == 'UserPoolGroup'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: UserPoolGroup', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate____defs_userpoolgroup(data, custom_formats, (name_prefix or 'data') + '')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'type' in data_keys:
                data_keys.remove('type')
                data__type = data['type']
                if not (isinstance(data__type, str) and data__type == 'IdentityProvider'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: IdentityProvider', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate____defs_identityprovider(data, custom_formats, (name_prefix or 'data') + '')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'type' in data_keys:
                data_keys.remove('type')
                data__type = data['type']
                if not (isinstance(data__type, str) and data__type == 'ResourceServer'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: ResourceServer', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate____defs_resourceserver(data, custom_formats, (name_prefix or 'data') + '')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'type' in data_keys:
                data_keys.remove('type')
                data__type = data['type']
                validate____defs_typename(data__type, custom_formats, (name_prefix or 'data') + '.type')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate____defs_carried(data, custom_formats, (name_prefix or 'data') + '')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
        data_keys = set(data.keys())
        if 'type' in data_keys:
            data_keys.remove('type')
            data__type = data['type']
            data__type_any_of_count1 = 0
            if not data__type_any_of_count1:
                try:
                    if not (isinstance(data__type, str) and data__type == 'UserPool' or (isinstance(data__type, str) and data__type == 'UserPoolClient') or (isinstance(data__type, str) and data__type == 'Function') or (isinstance(data__type, str) and data__type == 'EdgeFunction') or (isinstance(data__type, str) and data__type == 'UserPoolDomain') or (isinstance(data__type, str) and data__type == 'UserPoolGroup') or (isinstance(data__type, str) and data__type == 'IdentityProvider') or (isinstance(data__type, str) and data__type == 'ResourceServer')):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + ".type must be one of ['UserPool', 'UserPoolClient', 'Function', 'EdgeFunction', 'UserPoolDomain', 'UserPoolGroup', 'IdentityProvider', 'ResourceServer']", value=data__type, name='' + (name_prefix or 'data') + '.type', rule='enum')
                    data__type_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__type_any_of_count1:
                try:
                    validate____defs_typename(data__type, custom_formats, (name_prefix or 'data') + '.type')
                    data__type_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__type_any_of_count1:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type cannot be validated by any definition', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='anyOf')
    return data

def validate____defs_carried(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'type' in data_keys:
            data_keys.remove('type')
            data__type = data['type']
            validate____defs_typename(data__type, custom_formats, (name_prefix or 'data') + '.type')
        if 'properties' in data_keys:
            data_keys.remove('properties')
            data__properties = data['properties']
            if not isinstance(data__properties, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.properties must be object', value=data__properties, name='' + (name_prefix or 'data') + '.properties', rule='type')
        if 'dependsOn' in data_keys:
            data_keys.remove('dependsOn')
            data__dependsOn = data['dependsOn']
            if not isinstance(data__dependsOn, (str, list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.dependsOn must be string or array', value=data__dependsOn, name='' + (name_prefix or 'data') + '.dependsOn', rule='type')
            if isinstance(data__dependsOn, str):
                data__dependsOn_len = len(data__dependsOn)
                if data__dependsOn_len > 255:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.dependsOn must be shorter than or equal to 255 characters', value=data__dependsOn, name='' + (name_prefix or 'data') + '.dependsOn', rule='maxLength')
                if not REGEX_PATTERNS['^[A-Za-z0-9]+$(?!\\n)'].search(data__dependsOn):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.dependsOn must match pattern ^[A-Za-z0-9]+$(?!\\n)', value=data__dependsOn, name='' + (name_prefix or 'data') + '.dependsOn', rule='pattern')
            data__dependsOn_is_list = isinstance(data__dependsOn, (list, tuple))
            if data__dependsOn_is_list:
                data__dependsOn_len = len(data__dependsOn)
                if data__dependsOn_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.dependsOn must contain at least 1 items', value=data__dependsOn, name='' + (name_prefix or 'data') + '.dependsOn', rule='minItems')

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__dependsOn_len > len(set((fn(data__dependsOn_x) for data__dependsOn_x in data__dependsOn))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.dependsOn must contain unique items', value=data__dependsOn, name='' + (name_prefix or 'data') + '.dependsOn', rule='uniqueItems')
                for data__dependsOn_x, data__dependsOn_item in enumerate(data__dependsOn):
                    validate____defs_logicalid(data__dependsOn_item, custom_formats, (name_prefix or 'data') + '.dependsOn[{data__dependsOn_x}]'.format(**locals()))
        if 'condition' in data_keys:
            data_keys.remove('condition')
            data__condition = data['condition']
            if not isinstance(data__condition, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.condition must be string', value=data__condition, name='' + (name_prefix or 'data') + '.condition', rule='type')
            if isinstance(data__condition, str):
                data__condition_len = len(data__condition)
                if data__condition_len > 255:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.condition must be shorter than or equal to 255 characters', value=data__condition, name='' + (name_prefix or 'data') + '.condition', rule='maxLength')
                if not REGEX_PATTERNS['^[A-Za-z0-9]+$(?!\\n)'].search(data__condition):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.condition must match pattern ^[A-Za-z0-9]+$(?!\\n)', value=data__condition, name='' + (name_prefix or 'data') + '.condition', rule='pattern')
        if 'deletionPolicy' in data_keys:
            data_keys.remove('deletionPolicy')
            data__deletionPolicy = data['deletionPolicy']
            if not (isinstance(data__deletionPolicy, str) and data__deletionPolicy == 'Delete' or (isinstance(data__deletionPolicy, str) and data__deletionPolicy == 'Retain') or (isinstance(data__deletionPolicy, str) and data__deletionPolicy == 'RetainExceptOnCreate') or (isinstance(data__deletionPolicy, str) and data__deletionPolicy == 'Snapshot')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".deletionPolicy must be one of ['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot']", value=data__deletionPolicy, name='' + (name_prefix or 'data') + '.deletionPolicy', rule='enum')
        if 'updateReplacePolicy' in data_keys:
            data_keys.remove('updateReplacePolicy')
            data__updateReplacePolicy = data['updateReplacePolicy']
            if not (isinstance(data__updateReplacePolicy, str) and data__updateReplacePolicy == 'Delete' or (isinstance(data__updateReplacePolicy, str) and data__updateReplacePolicy == 'Retain') or (isinstance(data__updateReplacePolicy, str) and data__updateReplacePolicy == 'Snapshot')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".updateReplacePolicy must be one of ['Delete', 'Retain', 'Snapshot']", value=data__updateReplacePolicy, name='' + (name_prefix or 'data') + '.updateReplacePolicy', rule='enum')
        if 'metadata' in data_keys:
            data_keys.remove('metadata')
            data__metadata = data['metadata']
            if not isinstance(data__metadata, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadata must be object', value=data__metadata, name='' + (name_prefix or 'data') + '.metadata', rule='type')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', rule='additionalProperties')
    return data

def validate____defs_logicalid(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 255:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be shorter than or equal to 255 characters', value=data, name='' + (name_prefix or 'data') + '', rule='maxLength')
        if not REGEX_PATTERNS['^[A-Za-z0-9]+$(?!\\n)'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[A-Za-z0-9]+$(?!\\n)', value=data, name='' + (name_prefix or 'data') + '', rule='pattern')
    return data

def validate____defs_typename(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^([A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+|Custom::[A-Za-z0-9_@-]{1,60})$(?!\\n)'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^([A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+|Custom::[A-Za-z0-9_@-]{1,60})$(?!\\n)', value=data, name='' + (name_prefix or 'data') + '', rule='pattern')
    return data

def validate____defs_resourceserver(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['identifier']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
        data_keys = set(data.keys())
        if 'type' in data_keys:
            data_keys.remove('type')
            data__type = data['type']
            if not (isinstance(data__type, str) and data__type == 'ResourceServer'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: ResourceServer', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
        if 'identifier' in data_keys:
            data_keys.remove('identifier')
            data__identifier = data['identifier']
            if not isinstance(data__identifier, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.identifier must be string', value=data__identifier, name='' + (name_prefix or 'data') + '.identifier', rule='type')
            if isinstance(data__identifier, str):
                data__identifier_len = len(data__identifier)
                if data__identifier_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.identifier must be longer than or equal to 1 characters', value=data__identifier, name='' + (name_prefix or 'data') + '.identifier', rule='minLength')
                if data__identifier_len > 256:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.identifier must be shorter than or equal to 256 characters', value=data__identifier, name='' + (name_prefix or 'data') + '.identifier', rule='maxLength')
                if not REGEX_PATTERNS['^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$(?!\\n)'].search(data__identifier):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.identifier must match pattern ^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$(?!\\n)', value=data__identifier, name='' + (name_prefix or 'data') + '.identifier', rule='pattern')
        if 'name' in data_keys:
            data_keys.remove('name')
            data__name = data['name']
            if not isinstance(data__name, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.name must be string', value=data__name, name='' + (name_prefix or 'data') + '.name', rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.name must be longer than or equal to 1 characters', value=data__name, name='' + (name_prefix or 'data') + '.name', rule='minLength')
                if data__name_len > 256:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.name must be shorter than or equal to 256 characters', value=data__name, name='' + (name_prefix or 'data') + '.name', rule='maxLength')
                if not REGEX_PATTERNS['^[\\w +=,.@-]+$(?!\\n)'].search(data__name):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.name must match pattern ^[\\w +=,.@-]+$(?!\\n)', value=data__name, name='' + (name_prefix or 'data') + '.name', rule='pattern')
        if 'scopes' in data_keys:
            data_keys.remove('scopes')
            data__scopes = data['scopes']
            if not isinstance(data__scopes, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes must be object', value=data__scopes, name='' + (name_prefix or 'data') + '.scopes', rule='type')
            data__scopes_is_dict = isinstance(data__scopes, dict)
            if data__scopes_is_dict:
                data__scopes_len = len(data__scopes)
                if data__scopes_len > 100:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes must contain less than or equal to 100 properties', value=data__scopes, name='' + (name_prefix or 'data') + '.scopes', rule='maxProperties')
                data__scopes_keys = set(data__scopes.keys())
                for data__scopes_key in data__scopes_keys:
                    if data__scopes_key not in []:
                        data__scopes_value = data__scopes.get(data__scopes_key)
                        if not isinstance(data__scopes_value, str):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes.{data__scopes_key}'.format(**locals()) + ' must be string', value=data__scopes_value, name='' + (name_prefix or 'data') + '.scopes.{data__scopes_key}'.format(**locals()) + '', rule='type')
                        if isinstance(data__scopes_value, str):
                            data__scopes_value_len = len(data__scopes_value)
                            if data__scopes_value_len < 1:
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes.{data__scopes_key}'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__scopes_value, name='' + (name_prefix or 'data') + '.scopes.{data__scopes_key}'.format(**locals()) + '', rule='minLength')
                            if data__scopes_value_len > 256:
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes.{data__scopes_key}'.format(**locals()) + ' must be shorter than or equal to 256 characters', value=data__scopes_value, name='' + (name_prefix or 'data') + '.scopes.{data__scopes_key}'.format(**locals()) + '', rule='maxLength')
                if data__scopes_len != 0:
                    data__scopes_property_names = True
                    for data__scopes_key in data__scopes:
                        try:
                            if isinstance(data__scopes_key, str):
                                data__scopes_key_len = len(data__scopes_key)
                                if data__scopes_key_len < 1:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes must be longer than or equal to 1 characters', value=data__scopes_key, name='' + (name_prefix or 'data') + '.scopes', rule='minLength')
                                if data__scopes_key_len > 256:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes must be shorter than or equal to 256 characters', value=data__scopes_key, name='' + (name_prefix or 'data') + '.scopes', rule='maxLength')
                                if not REGEX_PATTERNS['^[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+$(?!\\n)'].search(data__scopes_key):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes must match pattern ^[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+$(?!\\n)', value=data__scopes_key, name='' + (name_prefix or 'data') + '.scopes', rule='pattern')
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__scopes_property_names = False
                    if not data__scopes_property_names:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes must be named by propertyName definition', value=data__scopes, name='' + (name_prefix or 'data') + '.scopes', rule='propertyNames')
        if 'properties' in data_keys:
            data_keys.remove('properties')
            data__properties = data['properties']
            if not isinstance(data__properties, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.properties must be object', value=data__properties, name='' + (name_prefix or 'data') + '.properties', rule='type')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', rule='additionalProperties')
    return data

def validate____defs_identityprovider(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['provider']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'provider' in data_keys:
                data_keys.remove('provider')
                data__provider = data['provider']
                if not (isinstance(data__provider, str) and data__provider == 'google' or (isinstance(data__provider, str) and data__provider == 'facebook') or (isinstance(data__provider, str) and data__provider == 'amazon')):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ".provider must be one of ['google', 'facebook', 'amazon']", value=data__provider, name='' + (name_prefix or 'data') + '.provider', rule='enum')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['clientId', 'clientSecret']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'name' in data_keys:
                data_keys.remove('name')
                data__name = data['name']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.name must NOT match a disallowed definition', value=data__name, name='' + (name_prefix or 'data') + '.name', rule='not')
            if 'teamId' in data_keys:
                data_keys.remove('teamId')
                data__teamId = data['teamId']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.teamId must NOT match a disallowed definition', value=data__teamId, name='' + (name_prefix or 'data') + '.teamId', rule='not')
            if 'keyId' in data_keys:
                data_keys.remove('keyId')
                data__keyId = data['keyId']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.keyId must NOT match a disallowed definition', value=data__keyId, name='' + (name_prefix or 'data') + '.keyId', rule='not')
            if 'privateKey' in data_keys:
                data_keys.remove('privateKey')
                data__privateKey = data['privateKey']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.privateKey must NOT match a disallowed definition', value=data__privateKey, name='' + (name_prefix or 'data') + '.privateKey', rule='not')
            if 'issuer' in data_keys:
                data_keys.remove('issuer')
                data__issuer = data['issuer']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.issuer must NOT match a disallowed definition', value=data__issuer, name='' + (name_prefix or 'data') + '.issuer', rule='not')
            if 'attributesRequestMethod' in data_keys:
                data_keys.remove('attributesRequestMethod')
                data__attributesRequestMethod = data['attributesRequestMethod']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.attributesRequestMethod must NOT match a disallowed definition', value=data__attributesRequestMethod, name='' + (name_prefix or 'data') + '.attributesRequestMethod', rule='not')
            if 'metadataUrl' in data_keys:
                data_keys.remove('metadataUrl')
                data__metadataUrl = data['metadataUrl']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataUrl must NOT match a disallowed definition', value=data__metadataUrl, name='' + (name_prefix or 'data') + '.metadataUrl', rule='not')
            if 'metadataFile' in data_keys:
                data_keys.remove('metadataFile')
                data__metadataFile = data['metadataFile']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataFile must NOT match a disallowed definition', value=data__metadataFile, name='' + (name_prefix or 'data') + '.metadataFile', rule='not')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['provider']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'provider' in data_keys:
                data_keys.remove('provider')
                data__provider = data['provider']
                if not (isinstance(data__provider, str) and data__provider == 'apple'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provider must be same as const definition: apple', value=data__provider, name='' + (name_prefix or 'data') + '.provider', rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['clientId', 'teamId', 'keyId', 'privateKey']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'name' in data_keys:
                data_keys.remove('name')
                data__name = data['name']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.name must NOT match a disallowed definition', value=data__name, name='' + (name_prefix or 'data') + '.name', rule='not')
            if 'clientSecret' in data_keys:
                data_keys.remove('clientSecret')
                data__clientSecret = data['clientSecret']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.clientSecret must NOT match a disallowed definition', value=data__clientSecret, name='' + (name_prefix or 'data') + '.clientSecret', rule='not')
            if 'issuer' in data_keys:
                data_keys.remove('issuer')
                data__issuer = data['issuer']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.issuer must NOT match a disallowed definition', value=data__issuer, name='' + (name_prefix or 'data') + '.issuer', rule='not')
            if 'attributesRequestMethod' in data_keys:
                data_keys.remove('attributesRequestMethod')
                data__attributesRequestMethod = data['attributesRequestMethod']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.attributesRequestMethod must NOT match a disallowed definition', value=data__attributesRequestMethod, name='' + (name_prefix or 'data') + '.attributesRequestMethod', rule='not')
            if 'metadataUrl' in data_keys:
                data_keys.remove('metadataUrl')
                data__metadataUrl = data['metadataUrl']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataUrl must NOT match a disallowed definition', value=data__metadataUrl, name='' + (name_prefix or 'data') + '.metadataUrl', rule='not')
            if 'metadataFile' in data_keys:
                data_keys.remove('metadataFile')
                data__metadataFile = data['metadataFile']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataFile must NOT match a disallowed definition', value=data__metadataFile, name='' + (name_prefix or 'data') + '.metadataFile', rule='not')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['provider']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'provider' in data_keys:
                data_keys.remove('provider')
                data__provider = data['provider']
                if not (isinstance(data__provider, str) and data__provider == 'oidc'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provider must be same as const definition: oidc', value=data__provider, name='' + (name_prefix or 'data') + '.provider', rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['clientId', 'clientSecret', 'issuer']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'teamId' in data_keys:
                data_keys.remove('teamId')
                data__teamId = data['teamId']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.teamId must NOT match a disallowed definition', value=data__teamId, name='' + (name_prefix or 'data') + '.teamId', rule='not')
            if 'keyId' in data_keys:
                data_keys.remove('keyId')
                data__keyId = data['keyId']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.keyId must NOT match a disallowed definition', value=data__keyId, name='' + (name_prefix or 'data') + '.keyId', rule='not')
            if 'privateKey' in data_keys:
                data_keys.remove('privateKey')
                data__privateKey = data['privateKey']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.privateKey must NOT match a disallowed definition', value=data__privateKey, name='' + (name_prefix or 'data') + '.privateKey', rule='not')
            if 'metadataUrl' in data_keys:
                data_keys.remove('metadataUrl')
                data__metadataUrl = data['metadataUrl']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataUrl must NOT match a disallowed definition', value=data__metadataUrl, name='' + (name_prefix or 'data') + '.metadataUrl', rule='not')
            if 'metadataFile' in data_keys:
                data_keys.remove('metadataFile')
                data__metadataFile = data['metadataFile']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataFile must NOT match a disallowed definition', value=data__metadataFile, name='' + (name_prefix or 'data') + '.metadataFile', rule='not')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['provider']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_keys = set(data.keys())
            if 'provider' in data_keys:
                data_keys.remove('provider')
                data__provider = data['provider']
                if not (isinstance(data__provider, str) and data__provider == 'saml'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provider must be same as const definition: saml', value=data__provider, name='' + (name_prefix or 'data') + '.provider', rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if 'clientId' in data_keys:
                data_keys.remove('clientId')
                data__clientId = data['clientId']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.clientId must NOT match a disallowed definition', value=data__clientId, name='' + (name_prefix or 'data') + '.clientId', rule='not')
            if 'clientSecret' in data_keys:
                data_keys.remove('clientSecret')
                data__clientSecret = data['clientSecret']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.clientSecret must NOT match a disallowed definition', value=data__clientSecret, name='' + (name_prefix or 'data') + '.clientSecret', rule='not')
            if 'teamId' in data_keys:
                data_keys.remove('teamId')
                data__teamId = data['teamId']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.teamId must NOT match a disallowed definition', value=data__teamId, name='' + (name_prefix or 'data') + '.teamId', rule='not')
            if 'keyId' in data_keys:
                data_keys.remove('keyId')
                data__keyId = data['keyId']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.keyId must NOT match a disallowed definition', value=data__keyId, name='' + (name_prefix or 'data') + '.keyId', rule='not')
            if 'privateKey' in data_keys:
                data_keys.remove('privateKey')
                data__privateKey = data['privateKey']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.privateKey must NOT match a disallowed definition', value=data__privateKey, name='' + (name_prefix or 'data') + '.privateKey', rule='not')
            if 'issuer' in data_keys:
                data_keys.remove('issuer')
                data__issuer = data['issuer']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.issuer must NOT match a disallowed definition', value=data__issuer, name='' + (name_prefix or 'data') + '.issuer', rule='not')
            if 'attributesRequestMethod' in data_keys:
                data_keys.remove('attributesRequestMethod')
                data__attributesRequestMethod = data['attributesRequestMethod']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.attributesRequestMethod must NOT match a disallowed definition', value=data__attributesRequestMethod, name='' + (name_prefix or 'data') + '.attributesRequestMethod', rule='not')
            if 'scopes' in data_keys:
                data_keys.remove('scopes')
                data__scopes = data['scopes']
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes must NOT match a disallowed definition', value=data__scopes, name='' + (name_prefix or 'data') + '.scopes', rule='not')
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['metadataFile']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
        except (JsonSchemaValueException, JsonSchemaValuesException):
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['metadataUrl']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
        else:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if 'metadataUrl' in data_keys:
                    data_keys.remove('metadataUrl')
                    data__metadataUrl = data['metadataUrl']
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataUrl must NOT match a disallowed definition', value=data__metadataUrl, name='' + (name_prefix or 'data') + '.metadataUrl', rule='not')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['provider']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
        data_keys = set(data.keys())
        if 'type' in data_keys:
            data_keys.remove('type')
            data__type = data['type']
            if not (isinstance(data__type, str) and data__type == 'IdentityProvider'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: IdentityProvider', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
        if 'provider' in data_keys:
            data_keys.remove('provider')
            data__provider = data['provider']
            if not (isinstance(data__provider, str) and data__provider == 'google' or (isinstance(data__provider, str) and data__provider == 'facebook') or (isinstance(data__provider, str) and data__provider == 'amazon') or (isinstance(data__provider, str) and data__provider == 'apple') or (isinstance(data__provider, str) and data__provider == 'oidc') or (isinstance(data__provider, str) and data__provider == 'saml')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".provider must be one of ['google', 'facebook', 'amazon', 'apple', 'oidc', 'saml']", value=data__provider, name='' + (name_prefix or 'data') + '.provider', rule='enum')
        if 'name' in data_keys:
            data_keys.remove('name')
            data__name = data['name']
            if not isinstance(data__name, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.name must be string', value=data__name, name='' + (name_prefix or 'data') + '.name', rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 3:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.name must be longer than or equal to 3 characters', value=data__name, name='' + (name_prefix or 'data') + '.name', rule='minLength')
                if data__name_len > 32:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.name must be shorter than or equal to 32 characters', value=data__name, name='' + (name_prefix or 'data') + '.name', rule='maxLength')
                if not REGEX_PATTERNS['^[^_\\s][^\\s][^_\\s]+$(?!\\n)'].search(data__name):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.name must match pattern ^[^_\\s][^\\s][^_\\s]+$(?!\\n)', value=data__name, name='' + (name_prefix or 'data') + '.name', rule='pattern')
        if 'clientId' in data_keys:
            data_keys.remove('clientId')
            data__clientId = data['clientId']
            try:
                if not isinstance(data__clientId, (int, float, Decimal, bool, list, tuple, dict, NoneType)):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.clientId must be number or boolean or array or object or null', value=data__clientId, name='' + (name_prefix or 'data') + '.clientId', rule='type')
            except (JsonSchemaValueException, JsonSchemaValuesException):
                pass
            else:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.clientId must NOT match a disallowed definition', value=data__clientId, name='' + (name_prefix or 'data') + '.clientId', rule='not')
            if isinstance(data__clientId, str):
                data__clientId_len = len(data__clientId)
                if data__clientId_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.clientId must be longer than or equal to 1 characters', value=data__clientId, name='' + (name_prefix or 'data') + '.clientId', rule='minLength')
                if data__clientId_len > 2048:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.clientId must be shorter than or equal to 2048 characters', value=data__clientId, name='' + (name_prefix or 'data') + '.clientId', rule='maxLength')
        if 'clientSecret' in data_keys:
            data_keys.remove('clientSecret')
            data__clientSecret = data['clientSecret']
            try:
                if not isinstance(data__clientSecret, (int, float, Decimal, bool, list, tuple, dict, NoneType)):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.clientSecret must be number or boolean or array or object or null', value=data__clientSecret, name='' + (name_prefix or 'data') + '.clientSecret', rule='type')
            except (JsonSchemaValueException, JsonSchemaValuesException):
                pass
            else:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.clientSecret must NOT match a disallowed definition', value=data__clientSecret, name='' + (name_prefix or 'data') + '.clientSecret', rule='not')
            if isinstance(data__clientSecret, str):
                data__clientSecret_len = len(data__clientSecret)
                if data__clientSecret_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.clientSecret must be longer than or equal to 1 characters', value=data__clientSecret, name='' + (name_prefix or 'data') + '.clientSecret', rule='minLength')
        if 'teamId' in data_keys:
            data_keys.remove('teamId')
            data__teamId = data['teamId']
            try:
                if not isinstance(data__teamId, (int, float, Decimal, bool, list, tuple, dict, NoneType)):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.teamId must be number or boolean or array or object or null', value=data__teamId, name='' + (name_prefix or 'data') + '.teamId', rule='type')
            except (JsonSchemaValueException, JsonSchemaValuesException):
                pass
            else:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.teamId must NOT match a disallowed definition', value=data__teamId, name='' + (name_prefix or 'data') + '.teamId', rule='not')
            if isinstance(data__teamId, str):
                data__teamId_len = len(data__teamId)
                if data__teamId_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.teamId must be longer than or equal to 1 characters', value=data__teamId, name='' + (name_prefix or 'data') + '.teamId', rule='minLength')
        if 'keyId' in data_keys:
            data_keys.remove('keyId')
            data__keyId = data['keyId']
            try:
                if not isinstance(data__keyId, (int, float, Decimal, bool, list, tuple, dict, NoneType)):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.keyId must be number or boolean or array or object or null', value=data__keyId, name='' + (name_prefix or 'data') + '.keyId', rule='type')
            except (JsonSchemaValueException, JsonSchemaValuesException):
                pass
            else:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.keyId must NOT match a disallowed definition', value=data__keyId, name='' + (name_prefix or 'data') + '.keyId', rule='not')
            if isinstance(data__keyId, str):
                data__keyId_len = len(data__keyId)
                if data__keyId_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.keyId must be longer than or equal to 1 characters', value=data__keyId, name='' + (name_prefix or 'data') + '.keyId', rule='minLength')
        if 'privateKey' in data_keys:
            data_keys.remove('privateKey')
            data__privateKey = data['privateKey']
            try:
                if not isinstance(data__privateKey, (int, float, Decimal, bool, list, tuple, dict, NoneType)):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.privateKey must be number or boolean or array or object or null', value=data__privateKey, name='' + (name_prefix or 'data') + '.privateKey', rule='type')
            except (JsonSchemaValueException, JsonSchemaValuesException):
                pass
            else:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.privateKey must NOT match a disallowed definition', value=data__privateKey, name='' + (name_prefix or 'data') + '.privateKey', rule='not')
            if isinstance(data__privateKey, str):
                data__privateKey_len = len(data__privateKey)
                if data__privateKey_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.privateKey must be longer than or equal to 1 characters', value=data__privateKey, name='' + (name_prefix or 'data') + '.privateKey', rule='minLength')
        if 'issuer' in data_keys:
            data_keys.remove('issuer')
            data__issuer = data['issuer']
            if not isinstance(data__issuer, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.issuer must be string', value=data__issuer, name='' + (name_prefix or 'data') + '.issuer', rule='type')
            if isinstance(data__issuer, str):
                data__issuer_len = len(data__issuer)
                if data__issuer_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.issuer must be longer than or equal to 1 characters', value=data__issuer, name='' + (name_prefix or 'data') + '.issuer', rule='minLength')
                if data__issuer_len > 2048:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.issuer must be shorter than or equal to 2048 characters', value=data__issuer, name='' + (name_prefix or 'data') + '.issuer', rule='maxLength')
                if not REGEX_PATTERNS['^https://[^\\s]+$(?!\\n)'].search(data__issuer):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.issuer must match pattern ^https://[^\\s]+$(?!\\n)', value=data__issuer, name='' + (name_prefix or 'data') + '.issuer', rule='pattern')
        if 'attributesRequestMethod' in data_keys:
            data_keys.remove('attributesRequestMethod')
            data__attributesRequestMethod = data['attributesRequestMethod']
            if not (isinstance(data__attributesRequestMethod, str) and data__attributesRequestMethod == 'GET' or (isinstance(data__attributesRequestMethod, str) and data__attributesRequestMethod == 'POST')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".attributesRequestMethod must be one of ['GET', 'POST']", value=data__attributesRequestMethod, name='' + (name_prefix or 'data') + '.attributesRequestMethod', rule='enum')
        if 'scopes' in data_keys:
            data_keys.remove('scopes')
            data__scopes = data['scopes']
            if not isinstance(data__scopes, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes must be array', value=data__scopes, name='' + (name_prefix or 'data') + '.scopes', rule='type')
            data__scopes_is_list = isinstance(data__scopes, (list, tuple))
            if data__scopes_is_list:
                data__scopes_len = len(data__scopes)
                if data__scopes_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes must contain at least 1 items', value=data__scopes, name='' + (name_prefix or 'data') + '.scopes', rule='minItems')

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__scopes_len > len(set((fn(data__scopes_x) for data__scopes_x in data__scopes))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes must contain unique items', value=data__scopes, name='' + (name_prefix or 'data') + '.scopes', rule='uniqueItems')
                for data__scopes_x, data__scopes_item in enumerate(data__scopes):
                    if not isinstance(data__scopes_item, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes[{data__scopes_x}]'.format(**locals()) + ' must be string', value=data__scopes_item, name='' + (name_prefix or 'data') + '.scopes[{data__scopes_x}]'.format(**locals()) + '', rule='type')
                    if isinstance(data__scopes_item, str):
                        data__scopes_item_len = len(data__scopes_item)
                        if data__scopes_item_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes[{data__scopes_x}]'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__scopes_item, name='' + (name_prefix or 'data') + '.scopes[{data__scopes_x}]'.format(**locals()) + '', rule='minLength')
                        if not REGEX_PATTERNS['^[^\\s,]+$(?!\\n)'].search(data__scopes_item):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scopes[{data__scopes_x}]'.format(**locals()) + ' must match pattern ^[^\\s,]+$(?!\\n)', value=data__scopes_item, name='' + (name_prefix or 'data') + '.scopes[{data__scopes_x}]'.format(**locals()) + '', rule='pattern')
        if 'metadataUrl' in data_keys:
            data_keys.remove('metadataUrl')
            data__metadataUrl = data['metadataUrl']
            if not isinstance(data__metadataUrl, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataUrl must be string', value=data__metadataUrl, name='' + (name_prefix or 'data') + '.metadataUrl', rule='type')
            if isinstance(data__metadataUrl, str):
                data__metadataUrl_len = len(data__metadataUrl)
                if data__metadataUrl_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataUrl must be longer than or equal to 1 characters', value=data__metadataUrl, name='' + (name_prefix or 'data') + '.metadataUrl', rule='minLength')
                if data__metadataUrl_len > 2048:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataUrl must be shorter than or equal to 2048 characters', value=data__metadataUrl, name='' + (name_prefix or 'data') + '.metadataUrl', rule='maxLength')
                if not REGEX_PATTERNS['^https?://[^\\s]+$(?!\\n)'].search(data__metadataUrl):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataUrl must match pattern ^https?://[^\\s]+$(?!\\n)', value=data__metadataUrl, name='' + (name_prefix or 'data') + '.metadataUrl', rule='pattern')
        if 'metadataFile' in data_keys:
            data_keys.remove('metadataFile')
            data__metadataFile = data['metadataFile']
            if not isinstance(data__metadataFile, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataFile must be string', value=data__metadataFile, name='' + (name_prefix or 'data') + '.metadataFile', rule='type')
            if isinstance(data__metadataFile, str):
                data__metadataFile_len = len(data__metadataFile)
                if data__metadataFile_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataFile must be longer than or equal to 1 characters', value=data__metadataFile, name='' + (name_prefix or 'data') + '.metadataFile', rule='minLength')
                if data__metadataFile_len > 131072:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.metadataFile must be shorter than or equal to 131072 characters', value=data__metadataFile, name='' + (name_prefix or 'data') + '.metadataFile', rule='maxLength')
        if 'attributeMapping' in data_keys:
            data_keys.remove('attributeMapping')
            data__attributeMapping = data['attributeMapping']
            if not isinstance(data__attributeMapping, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.attributeMapping must be object', value=data__attributeMapping, name='' + (name_prefix or 'data') + '.attributeMapping', rule='type')
            data__attributeMapping_is_dict = isinstance(data__attributeMapping, dict)
            if data__attributeMapping_is_dict:
                data__attributeMapping_keys = set(data__attributeMapping.keys())
                for data__attributeMapping_key in data__attributeMapping_keys:
                    if data__attributeMapping_key not in []:
                        data__attributeMapping_value = data__attributeMapping.get(data__attributeMapping_key)
                        if not isinstance(data__attributeMapping_value, str):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.attributeMapping.{data__attributeMapping_key}'.format(**locals()) + ' must be string', value=data__attributeMapping_value, name='' + (name_prefix or 'data') + '.attributeMapping.{data__attributeMapping_key}'.format(**locals()) + '', rule='type')
                        if isinstance(data__attributeMapping_value, str):
                            data__attributeMapping_value_len = len(data__attributeMapping_value)
                            if data__attributeMapping_value_len < 1:
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.attributeMapping.{data__attributeMapping_key}'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__attributeMapping_value, name='' + (name_prefix or 'data') + '.attributeMapping.{data__attributeMapping_key}'.format(**locals()) + '', rule='minLength')
                            if data__attributeMapping_value_len > 131072:
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.attributeMapping.{data__attributeMapping_key}'.format(**locals()) + ' must be shorter than or equal to 131072 characters', value=data__attributeMapping_value, name='' + (name_prefix or 'data') + '.attributeMapping.{data__attributeMapping_key}'.format(**locals()) + '', rule='maxLength')
                data__attributeMapping_len = len(data__attributeMapping)
                if data__attributeMapping_len != 0:
                    data__attributeMapping_property_names = True
                    for data__attributeMapping_key in data__attributeMapping:
                        try:
                            if isinstance(data__attributeMapping_key, str):
                                data__attributeMapping_key_len = len(data__attributeMapping_key)
                                if data__attributeMapping_key_len < 1:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.attributeMapping must be longer than or equal to 1 characters', value=data__attributeMapping_key, name='' + (name_prefix or 'data') + '.attributeMapping', rule='minLength')
                                if data__attributeMapping_key_len > 32:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.attributeMapping must be shorter than or equal to 32 characters', value=data__attributeMapping_key, name='' + (name_prefix or 'data') + '.attributeMapping', rule='maxLength')
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__attributeMapping_property_names = False
                    if not data__attributeMapping_property_names:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.attributeMapping must be named by propertyName definition', value=data__attributeMapping, name='' + (name_prefix or 'data') + '.attributeMapping', rule='propertyNames')
        if 'properties' in data_keys:
            data_keys.remove('properties')
            data__properties = data['properties']
            if not isinstance(data__properties, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.properties must be object', value=data__properties, name='' + (name_prefix or 'data') + '.properties', rule='type')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', rule='additionalProperties')
    return data

def validate____defs_userpoolgroup(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'type' in data_keys:
            data_keys.remove('type')
            data__type = data['type']
            if not (isinstance(data__type, str) and data__type == 'UserPoolGroup'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: UserPoolGroup', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
        if 'groupName' in data_keys:
            data_keys.remove('groupName')
            data__groupName = data['groupName']
            if not isinstance(data__groupName, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.groupName must be string', value=data__groupName, name='' + (name_prefix or 'data') + '.groupName', rule='type')
            if isinstance(data__groupName, str):
                data__groupName_len = len(data__groupName)
                if data__groupName_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.groupName must be longer than or equal to 1 characters', value=data__groupName, name='' + (name_prefix or 'data') + '.groupName', rule='minLength')
                if data__groupName_len > 128:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.groupName must be shorter than or equal to 128 characters', value=data__groupName, name='' + (name_prefix or 'data') + '.groupName', rule='maxLength')
                if not REGEX_PATTERNS['^\\S+$(?!\\n)'].search(data__groupName):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.groupName must match pattern ^\\S+$(?!\\n)', value=data__groupName, name='' + (name_prefix or 'data') + '.groupName', rule='pattern')
        if 'precedence' in data_keys:
            data_keys.remove('precedence')
            data__precedence = data['precedence']
            if not isinstance(data__precedence, int) and (not (isinstance(data__precedence, float) and data__precedence.is_integer())) or isinstance(data__precedence, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.precedence must be integer', value=data__precedence, name='' + (name_prefix or 'data') + '.precedence', rule='type')
            if isinstance(data__precedence, (int, float, Decimal)) and (not isinstance(data__precedence, bool)):
                if data__precedence < 0:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.precedence must be bigger than or equal to 0', value=data__precedence, name='' + (name_prefix or 'data') + '.precedence', rule='minimum')
                if data__precedence > 2147483647:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.precedence must be smaller than or equal to 2147483647', value=data__precedence, name='' + (name_prefix or 'data') + '.precedence', rule='maximum')
        if 'description' in data_keys:
            data_keys.remove('description')
            data__description = data['description']
            if not isinstance(data__description, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.description must be string', value=data__description, name='' + (name_prefix or 'data') + '.description', rule='type')
            if isinstance(data__description, str):
                data__description_len = len(data__description)
                if data__description_len > 2048:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.description must be shorter than or equal to 2048 characters', value=data__description, name='' + (name_prefix or 'data') + '.description', rule='maxLength')
        if 'properties' in data_keys:
            data_keys.remove('properties')
            data__properties = data['properties']
            if not isinstance(data__properties, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.properties must be object', value=data__properties, name='' + (name_prefix or 'data') + '.properties', rule='type')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', rule='additionalProperties')
    return data

def validate____defs_userpooldomain(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    data_one_of_count2 = 0
    if data_one_of_count2 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['prefix']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_one_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count2 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['customDomain']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'), value=data, name='' + (name_prefix or 'data') + '', rule='required')
            data_one_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count2 != 1:
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be valid exactly by one definition' + (' (' + str(data_one_of_count2) + ' matches found)'), value=data, name='' + (name_prefix or 'data') + '', rule='oneOf')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'type' in data_keys:
            data_keys.remove('type')
            data__type = data['type']
            if not (isinstance(data__type, str) and data__type == 'UserPoolDomain'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: UserPoolDomain', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
        if 'prefix' in data_keys:
            data_keys.remove('prefix')
            data__prefix = data['prefix']
            if not isinstance(data__prefix, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.prefix must be string', value=data__prefix, name='' + (name_prefix or 'data') + '.prefix', rule='type')
            if isinstance(data__prefix, str):
                data__prefix_len = len(data__prefix)
                if data__prefix_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.prefix must be longer than or equal to 1 characters', value=data__prefix, name='' + (name_prefix or 'data') + '.prefix', rule='minLength')
                if data__prefix_len > 63:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.prefix must be shorter than or equal to 63 characters', value=data__prefix, name='' + (name_prefix or 'data') + '.prefix', rule='maxLength')
        if 'customDomain' in data_keys:
            data_keys.remove('customDomain')
            data__customDomain = data['customDomain']
            if not isinstance(data__customDomain, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.customDomain must be object', value=data__customDomain, name='' + (name_prefix or 'data') + '.customDomain', rule='type')
            data__customDomain_is_dict = isinstance(data__customDomain, dict)
            if data__customDomain_is_dict:
                data__customDomain__missing_keys = set(['name', 'certificateArn']) - data__customDomain.keys()
                if data__customDomain__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.customDomain must contain ' + (str(sorted(data__customDomain__missing_keys)) + ' properties'), value=data__customDomain, name='' + (name_prefix or 'data') + '.customDomain', rule='required')
                data__customDomain_keys = set(data__customDomain.keys())
                if 'name' in data__customDomain_keys:
                    data__customDomain_keys.remove('name')
                    data__customDomain__name = data__customDomain['name']
                    if not isinstance(data__customDomain__name, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.customDomain.name must be string', value=data__customDomain__name, name='' + (name_prefix or 'data') + '.customDomain.name', rule='type')
                    if isinstance(data__customDomain__name, str):
                        data__customDomain__name_len = len(data__customDomain__name)
                        if data__customDomain__name_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.customDomain.name must be longer than or equal to 1 characters', value=data__customDomain__name, name='' + (name_prefix or 'data') + '.customDomain.name', rule='minLength')
                        if data__customDomain__name_len > 63:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.customDomain.name must be shorter than or equal to 63 characters', value=data__customDomain__name, name='' + (name_prefix or 'data') + '.customDomain.name', rule='maxLength')
                if 'certificateArn' in data__customDomain_keys:
                    data__customDomain_keys.remove('certificateArn')
                    data__customDomain__certificateArn = data__customDomain['certificateArn']
                    try:
                        if not isinstance(data__customDomain__certificateArn, (int, float, Decimal, bool, list, tuple, dict, NoneType)):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.customDomain.certificateArn must be number or boolean or array or object or null', value=data__customDomain__certificateArn, name='' + (name_prefix or 'data') + '.customDomain.certificateArn', rule='type')
                    except (JsonSchemaValueException, JsonSchemaValuesException):
                        pass
                    else:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.customDomain.certificateArn must NOT match a disallowed definition', value=data__customDomain__certificateArn, name='' + (name_prefix or 'data') + '.customDomain.certificateArn', rule='not')
                    if isinstance(data__customDomain__certificateArn, str):
                        if not REGEX_PATTERNS['^arn:[a-z0-9-]+:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+$(?!\\n)'].search(data__customDomain__certificateArn):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.customDomain.certificateArn must match pattern ^arn:[a-z0-9-]+:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+$(?!\\n)', value=data__customDomain__certificateArn, name='' + (name_prefix or 'data') + '.customDomain.certificateArn', rule='pattern')
                if data__customDomain_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.customDomain must not contain ' + str(data__customDomain_keys) + ' properties', value=data__customDomain, name='' + (name_prefix or 'data') + '.customDomain', rule='additionalProperties')
        if 'managedLoginVersion' in data_keys:
            data_keys.remove('managedLoginVersion')
            data__managedLoginVersion = data['managedLoginVersion']
            if not (isinstance(data__managedLoginVersion, (int, float)) and (not isinstance(data__managedLoginVersion, bool)) and (data__managedLoginVersion == 1) or (isinstance(data__managedLoginVersion, (int, float)) and (not isinstance(data__managedLoginVersion, bool)) and (data__managedLoginVersion == 2))):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.managedLoginVersion must be one of [1, 2]', value=data__managedLoginVersion, name='' + (name_prefix or 'data') + '.managedLoginVersion', rule='enum')
        if 'properties' in data_keys:
            data_keys.remove('properties')
            data__properties = data['properties']
            if not isinstance(data__properties, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.properties must be object', value=data__properties, name='' + (name_prefix or 'data') + '.properties', rule='type')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', rule='additionalProperties')
    return data

def validate____defs_edgefunction(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'type' in data_keys:
            data_keys.remove('type')
            data__type = data['type']
            if not (isinstance(data__type, str) and data__type == 'EdgeFunction'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: EdgeFunction', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
        if 'codeUri' in data_keys:
            data_keys.remove('codeUri')
            data__codeUri = data['codeUri']
            if not isinstance(data__codeUri, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.codeUri must be string', value=data__codeUri, name='' + (name_prefix or 'data') + '.codeUri', rule='type')
            if isinstance(data__codeUri, str):
                data__codeUri_len = len(data__codeUri)
                if data__codeUri_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.codeUri must be longer than or equal to 1 characters', value=data__codeUri, name='' + (name_prefix or 'data') + '.codeUri', rule='minLength')
        if 'handler' in data_keys:
            data_keys.remove('handler')
            data__handler = data['handler']
            if not isinstance(data__handler, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.handler must be string', value=data__handler, name='' + (name_prefix or 'data') + '.handler', rule='type')
            if isinstance(data__handler, str):
                data__handler_len = len(data__handler)
                if data__handler_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.handler must be longer than or equal to 1 characters', value=data__handler, name='' + (name_prefix or 'data') + '.handler', rule='minLength')
                if data__handler_len > 128:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.handler must be shorter than or equal to 128 characters', value=data__handler, name='' + (name_prefix or 'data') + '.handler', rule='maxLength')
        if 'runtime' in data_keys:
            data_keys.remove('runtime')
            data__runtime = data['runtime']
            validate____defs_runtime(data__runtime, custom_formats, (name_prefix or 'data') + '.runtime')
        if 'memorySize' in data_keys:
            data_keys.remove('memorySize')
            data__memorySize = data['memorySize']
            if not isinstance(data__memorySize, int) and (not (isinstance(data__memorySize, float) and data__memorySize.is_integer())) or isinstance(data__memorySize, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.memorySize must be integer', value=data__memorySize, name='' + (name_prefix or 'data') + '.memorySize', rule='type')
            if isinstance(data__memorySize, (int, float, Decimal)) and (not isinstance(data__memorySize, bool)):
                if data__memorySize < 128:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.memorySize must be bigger than or equal to 128', value=data__memorySize, name='' + (name_prefix or 'data') + '.memorySize', rule='minimum')
                if data__memorySize > 10240:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.memorySize must be smaller than or equal to 10240', value=data__memorySize, name='' + (name_prefix or 'data') + '.memorySize', rule='maximum')
        if 'timeout' in data_keys:
            data_keys.remove('timeout')
            data__timeout = data['timeout']
            if not isinstance(data__timeout, int) and (not (isinstance(data__timeout, float) and data__timeout.is_integer())) or isinstance(data__timeout, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.timeout must be integer', value=data__timeout, name='' + (name_prefix or 'data') + '.timeout', rule='type')
            if isinstance(data__timeout, (int, float, Decimal)) and (not isinstance(data__timeout, bool)):
                if data__timeout < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.timeout must be bigger than or equal to 1', value=data__timeout, name='' + (name_prefix or 'data') + '.timeout', rule='minimum')
                if data__timeout > 30:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.timeout must be smaller than or equal to 30', value=data__timeout, name='' + (name_prefix or 'data') + '.timeout', rule='maximum')
        if 'properties' in data_keys:
            data_keys.remove('properties')
            data__properties = data['properties']
            if not isinstance(data__properties, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.properties must be object', value=data__properties, name='' + (name_prefix or 'data') + '.properties', rule='type')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', rule='additionalProperties')
    return data

def validate____defs_function(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'type' in data_keys:
            data_keys.remove('type')
            data__type = data['type']
            if not (isinstance(data__type, str) and data__type == 'Function'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: Function', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
        if 'codeUri' in data_keys:
            data_keys.remove('codeUri')
            data__codeUri = data['codeUri']
            if not isinstance(data__codeUri, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.codeUri must be string', value=data__codeUri, name='' + (name_prefix or 'data') + '.codeUri', rule='type')
            if isinstance(data__codeUri, str):
                data__codeUri_len = len(data__codeUri)
                if data__codeUri_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.codeUri must be longer than or equal to 1 characters', value=data__codeUri, name='' + (name_prefix or 'data') + '.codeUri', rule='minLength')
        if 'handler' in data_keys:
            data_keys.remove('handler')
            data__handler = data['handler']
            if not isinstance(data__handler, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.handler must be string', value=data__handler, name='' + (name_prefix or 'data') + '.handler', rule='type')
            if isinstance(data__handler, str):
                data__handler_len = len(data__handler)
                if data__handler_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.handler must be longer than or equal to 1 characters', value=data__handler, name='' + (name_prefix or 'data') + '.handler', rule='minLength')
                if data__handler_len > 128:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.handler must be shorter than or equal to 128 characters', value=data__handler, name='' + (name_prefix or 'data') + '.handler', rule='maxLength')
        if 'runtime' in data_keys:
            data_keys.remove('runtime')
            data__runtime = data['runtime']
            validate____defs_runtime(data__runtime, custom_formats, (name_prefix or 'data') + '.runtime')
        if 'memorySize' in data_keys:
            data_keys.remove('memorySize')
            data__memorySize = data['memorySize']
            if not isinstance(data__memorySize, int) and (not (isinstance(data__memorySize, float) and data__memorySize.is_integer())) or isinstance(data__memorySize, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.memorySize must be integer', value=data__memorySize, name='' + (name_prefix or 'data') + '.memorySize', rule='type')
            if isinstance(data__memorySize, (int, float, Decimal)) and (not isinstance(data__memorySize, bool)):
                if data__memorySize < 128:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.memorySize must be bigger than or equal to 128', value=data__memorySize, name='' + (name_prefix or 'data') + '.memorySize', rule='minimum')
                if data__memorySize > 10240:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.memorySize must be smaller than or equal to 10240', value=data__memorySize, name='' + (name_prefix or 'data') + '.memorySize', rule='maximum')
        if 'timeout' in data_keys:
            data_keys.remove('timeout')
            data__timeout = data['timeout']
            if not isinstance(data__timeout, int) and (not (isinstance(data__timeout, float) and data__timeout.is_integer())) or isinstance(data__timeout, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.timeout must be integer', value=data__timeout, name='' + (name_prefix or 'data') + '.timeout', rule='type')
            if isinstance(data__timeout, (int, float, Decimal)) and (not isinstance(data__timeout, bool)):
                if data__timeout < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.timeout must be bigger than or equal to 1', value=data__timeout, name='' + (name_prefix or 'data') + '.timeout', rule='minimum')
                if data__timeout > 900:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.timeout must be smaller than or equal to 900', value=data__timeout, name='' + (name_prefix or 'data') + '.timeout', rule='maximum')
        if 'tracing' in data_keys:
            data_keys.remove('tracing')
            data__tracing = data['tracing']
            if not isinstance(data__tracing, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.tracing must be boolean', value=data__tracing, name='' + (name_prefix or 'data') + '.tracing', rule='type')
        if 'environment' in data_keys:
            data_keys.remove('environment')
            data__environment = data['environment']
            if not isinstance(data__environment, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.environment must be object', value=data__environment, name='' + (name_prefix or 'data') + '.environment', rule='type')
            data__environment_is_dict = isinstance(data__environment, dict)
            if data__environment_is_dict:
                data__environment_keys = set(data__environment.keys())
                for data__environment_key in data__environment_keys:
                    if data__environment_key not in []:
                        data__environment_value = data__environment.get(data__environment_key)
                        try:
                            if not isinstance(data__environment_value, (int, float, Decimal, bool, list, tuple, dict, NoneType)):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.environment.{data__environment_key}'.format(**locals()) + ' must be number or boolean or array or object or null', value=data__environment_value, name='' + (name_prefix or 'data') + '.environment.{data__environment_key}'.format(**locals()) + '', rule='type')
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                        else:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.environment.{data__environment_key}'.format(**locals()) + ' must NOT match a disallowed definition', value=data__environment_value, name='' + (name_prefix or 'data') + '.environment.{data__environment_key}'.format(**locals()) + '', rule='not')
                data__environment_len = len(data__environment)
                if data__environment_len != 0:
                    data__environment_property_names = True
                    for data__environment_key in data__environment:
                        try:
                            validate____defs_environmentvariablename(data__environment_key, custom_formats, (name_prefix or 'data') + '.environment')
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__environment_property_names = False
                    if not data__environment_property_names:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.environment must be named by propertyName definition', value=data__environment, name='' + (name_prefix or 'data') + '.environment', rule='propertyNames')
        if 'properties' in data_keys:
            data_keys.remove('properties')
            data__properties = data['properties']
            if not isinstance(data__properties, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.properties must be object', value=data__properties, name='' + (name_prefix or 'data') + '.properties', rule='type')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', rule='additionalProperties')
    return data

def validate____defs_environmentvariablename(data, custom_formats={}, name_prefix=None):
    try:
        if not (isinstance(data, str) and data == '_HANDLER' or (isinstance(data, str) and data == '_X_AMZN_TRACE_ID') or (isinstance(data, str) and data == 'AWS_DEFAULT_REGION') or (isinstance(data, str) and data == 'AWS_REGION') or (isinstance(data, str) and data == 'AWS_EXECUTION_ENV') or (isinstance(data, str) and data == 'AWS_LAMBDA_FUNCTION_NAME') or (isinstance(data, str) and data == 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE') or (isinstance(data, str) and data == 'AWS_LAMBDA_FUNCTION_VERSION') or (isinstance(data, str) and data == 'AWS_LAMBDA_INITIALIZATION_TYPE') or (isinstance(data, str) and data == 'AWS_LAMBDA_LOG_GROUP_NAME') or (isinstance(data, str) and data == 'AWS_LAMBDA_LOG_STREAM_NAME') or (isinstance(data, str) and data == 'AWS_ACCESS_KEY') or (isinstance(data, str) and data == 'AWS_ACCESS_KEY_ID') or (isinstance(data, str) and data == 'AWS_SECRET_ACCESS_KEY') or (isinstance(data, str) and data == 'AWS_SESSION_TOKEN') or (isinstance(data, str) and data == 'AWS_LAMBDA_RUNTIME_API') or (isinstance(data, str) and data == 'LAMBDA_TASK_ROOT') or (isinstance(data, str) and data == 'LAMBDA_RUNTIME_DIR')):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + " must be one of ['_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV', 'AWS_LAMBDA_FUNCTION_NAME', 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME', 'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR']", value=data, name='' + (name_prefix or 'data') + '', rule='enum')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must NOT match a disallowed definition', value=data, name='' + (name_prefix or 'data') + '', rule='not')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_]*$(?!\\n)'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[A-Za-z][A-Za-z0-9_]*$(?!\\n)', value=data, name='' + (name_prefix or 'data') + '', rule='pattern')
    return data

def validate____defs_userpoolclient(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'type' in data_keys:
            data_keys.remove('type')
            data__type = data['type']
            if not (isinstance(data__type, str) and data__type == 'UserPoolClient'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: UserPoolClient', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
        if 'properties' in data_keys:
            data_keys.remove('properties')
            data__properties = data['properties']
            if not isinstance(data__properties, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.properties must be object', value=data__properties, name='' + (name_prefix or 'data') + '.properties', rule='type')
        if 'callbackUrls' in data_keys:
            data_keys.remove('callbackUrls')
            data__callbackUrls = data['callbackUrls']
            if not isinstance(data__callbackUrls, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.callbackUrls must be array', value=data__callbackUrls, name='' + (name_prefix or 'data') + '.callbackUrls', rule='type')
            data__callbackUrls_is_list = isinstance(data__callbackUrls, (list, tuple))
            if data__callbackUrls_is_list:
                data__callbackUrls_len = len(data__callbackUrls)
                if data__callbackUrls_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.callbackUrls must contain at least 1 items', value=data__callbackUrls, name='' + (name_prefix or 'data') + '.callbackUrls', rule='minItems')
                if data__callbackUrls_len > 100:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.callbackUrls must contain less than or equal to 100 items', value=data__callbackUrls, name='' + (name_prefix or 'data') + '.callbackUrls', rule='maxItems')

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__callbackUrls_len > len(set((fn(data__callbackUrls_x) for data__callbackUrls_x in data__callbackUrls))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.callbackUrls must contain unique items', value=data__callbackUrls, name='' + (name_prefix or 'data') + '.callbackUrls', rule='uniqueItems')
                for data__callbackUrls_x, data__callbackUrls_item in enumerate(data__callbackUrls):
                    if not isinstance(data__callbackUrls_item, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.callbackUrls[{data__callbackUrls_x}]'.format(**locals()) + ' must be string', value=data__callbackUrls_item, name='' + (name_prefix or 'data') + '.callbackUrls[{data__callbackUrls_x}]'.format(**locals()) + '', rule='type')
                    if isinstance(data__callbackUrls_item, str):
                        data__callbackUrls_item_len = len(data__callbackUrls_item)
                        if data__callbackUrls_item_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.callbackUrls[{data__callbackUrls_x}]'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__callbackUrls_item, name='' + (name_prefix or 'data') + '.callbackUrls[{data__callbackUrls_x}]'.format(**locals()) + '', rule='minLength')
                        if data__callbackUrls_item_len > 1024:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.callbackUrls[{data__callbackUrls_x}]'.format(**locals()) + ' must be shorter than or equal to 1024 characters', value=data__callbackUrls_item, name='' + (name_prefix or 'data') + '.callbackUrls[{data__callbackUrls_x}]'.format(**locals()) + '', rule='maxLength')
                        if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$(?!\\n)'].search(data__callbackUrls_item):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.callbackUrls[{data__callbackUrls_x}]'.format(**locals()) + ' must match pattern ^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$(?!\\n)', value=data__callbackUrls_item, name='' + (name_prefix or 'data') + '.callbackUrls[{data__callbackUrls_x}]'.format(**locals()) + '', rule='pattern')
        if 'logoutUrls' in data_keys:
            data_keys.remove('logoutUrls')
            data__logoutUrls = data['logoutUrls']
            if not isinstance(data__logoutUrls, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.logoutUrls must be array', value=data__logoutUrls, name='' + (name_prefix or 'data') + '.logoutUrls', rule='type')
            data__logoutUrls_is_list = isinstance(data__logoutUrls, (list, tuple))
            if data__logoutUrls_is_list:
                data__logoutUrls_len = len(data__logoutUrls)
                if data__logoutUrls_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.logoutUrls must contain at least 1 items', value=data__logoutUrls, name='' + (name_prefix or 'data') + '.logoutUrls', rule='minItems')
                if data__logoutUrls_len > 100:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.logoutUrls must contain less than or equal to 100 items', value=data__logoutUrls, name='' + (name_prefix or 'data') + '.logoutUrls', rule='maxItems')

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__logoutUrls_len > len(set((fn(data__logoutUrls_x) for data__logoutUrls_x in data__logoutUrls))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.logoutUrls must contain unique items', value=data__logoutUrls, name='' + (name_prefix or 'data') + '.logoutUrls', rule='uniqueItems')
                for data__logoutUrls_x, data__logoutUrls_item in enumerate(data__logoutUrls):
                    if not isinstance(data__logoutUrls_item, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.logoutUrls[{data__logoutUrls_x}]'.format(**locals()) + ' must be string', value=data__logoutUrls_item, name='' + (name_prefix or 'data') + '.logoutUrls[{data__logoutUrls_x}]'.format(**locals()) + '', rule='type')
                    if isinstance(data__logoutUrls_item, str):
                        data__logoutUrls_item_len = len(data__logoutUrls_item)
                        if data__logoutUrls_item_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.logoutUrls[{data__logoutUrls_x}]'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__logoutUrls_item, name='' + (name_prefix or 'data') + '.logoutUrls[{data__logoutUrls_x}]'.format(**locals()) + '', rule='minLength')
                        if data__logoutUrls_item_len > 1024:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.logoutUrls[{data__logoutUrls_x}]'.format(**locals()) + ' must be shorter than or equal to 1024 characters', value=data__logoutUrls_item, name='' + (name_prefix or 'data') + '.logoutUrls[{data__logoutUrls_x}]'.format(**locals()) + '', rule='maxLength')
                        if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$(?!\\n)'].search(data__logoutUrls_item):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.logoutUrls[{data__logoutUrls_x}]'.format(**locals()) + ' must match pattern ^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$(?!\\n)', value=data__logoutUrls_item, name='' + (name_prefix or 'data') + '.logoutUrls[{data__logoutUrls_x}]'.format(**locals()) + '', rule='pattern')
        if 'oauthFlows' in data_keys:
            data_keys.remove('oauthFlows')
            data__oauthFlows = data['oauthFlows']
            if not isinstance(data__oauthFlows, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.oauthFlows must be array', value=data__oauthFlows, name='' + (name_prefix or 'data') + '.oauthFlows', rule='type')
            data__oauthFlows_is_list = isinstance(data__oauthFlows, (list, tuple))
            if data__oauthFlows_is_list:
                data__oauthFlows_len = len(data__oauthFlows)
                if data__oauthFlows_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.oauthFlows must contain at least 1 items', value=data__oauthFlows, name='' + (name_prefix or 'data') + '.oauthFlows', rule='minItems')

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__oauthFlows_len > len(set((fn(data__oauthFlows_x) for data__oauthFlows_x in data__oauthFlows))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.oauthFlows must contain unique items', value=data__oauthFlows, name='' + (name_prefix or 'data') + '.oauthFlows', rule='uniqueItems')
                for data__oauthFlows_x, data__oauthFlows_item in enumerate(data__oauthFlows):
                    if not (isinstance(data__oauthFlows_item, str) and data__oauthFlows_item == 'code' or (isinstance(data__oauthFlows_item, str) and data__oauthFlows_item == 'implicit') or (isinstance(data__oauthFlows_item, str) and data__oauthFlows_item == 'client_credentials')):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.oauthFlows[{data__oauthFlows_x}]'.format(**locals()) + " must be one of ['code', 'implicit', 'client_credentials']", value=data__oauthFlows_item, name='' + (name_prefix or 'data') + '.oauthFlows[{data__oauthFlows_x}]'.format(**locals()) + '', rule='enum')
        if 'oauthScopes' in data_keys:
            data_keys.remove('oauthScopes')
            data__oauthScopes = data['oauthScopes']
            if not isinstance(data__oauthScopes, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.oauthScopes must be array', value=data__oauthScopes, name='' + (name_prefix or 'data') + '.oauthScopes', rule='type')
            data__oauthScopes_is_list = isinstance(data__oauthScopes, (list, tuple))
            if data__oauthScopes_is_list:
                data__oauthScopes_len = len(data__oauthScopes)
                if data__oauthScopes_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.oauthScopes must contain at least 1 items', value=data__oauthScopes, name='' + (name_prefix or 'data') + '.oauthScopes', rule='minItems')
                if data__oauthScopes_len > 50:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.oauthScopes must contain less than or equal to 50 items', value=data__oauthScopes, name='' + (name_prefix or 'data') + '.oauthScopes', rule='maxItems')

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__oauthScopes_len > len(set((fn(data__oauthScopes_x) for data__oauthScopes_x in data__oauthScopes))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.oauthScopes must contain unique items', value=data__oauthScopes, name='' + (name_prefix or 'data') + '.oauthScopes', rule='uniqueItems')
                for data__oauthScopes_x, data__oauthScopes_item in enumerate(data__oauthScopes):
                    if not isinstance(data__oauthScopes_item, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.oauthScopes[{data__oauthScopes_x}]'.format(**locals()) + ' must be string', value=data__oauthScopes_item, name='' + (name_prefix or 'data') + '.oauthScopes[{data__oauthScopes_x}]'.format(**locals()) + '', rule='type')
                    if isinstance(data__oauthScopes_item, str):
                        data__oauthScopes_item_len = len(data__oauthScopes_item)
                        if data__oauthScopes_item_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.oauthScopes[{data__oauthScopes_x}]'.format(**locals()) + ' must be longer than or equal to 1 characters', value=data__oauthScopes_item, name='' + (name_prefix or 'data') + '.oauthScopes[{data__oauthScopes_x}]'.format(**locals()) + '', rule='minLength')
                        if data__oauthScopes_item_len > 256:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.oauthScopes[{data__oauthScopes_x}]'.format(**locals()) + ' must be shorter than or equal to 256 characters', value=data__oauthScopes_item, name='' + (name_prefix or 'data') + '.oauthScopes[{data__oauthScopes_x}]'.format(**locals()) + '', rule='maxLength')
                        if not REGEX_PATTERNS['^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$(?!\\n)'].search(data__oauthScopes_item):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.oauthScopes[{data__oauthScopes_x}]'.format(**locals()) + ' must match pattern ^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$(?!\\n)', value=data__oauthScopes_item, name='' + (name_prefix or 'data') + '.oauthScopes[{data__oauthScopes_x}]'.format(**locals()) + '', rule='pattern')
        if 'generateSecret' in data_keys:
            data_keys.remove('generateSecret')
            data__generateSecret = data['generateSecret']
            if not isinstance(data__generateSecret, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.generateSecret must be boolean', value=data__generateSecret, name='' + (name_prefix or 'data') + '.generateSecret', rule='type')
        if 'cognitoSignIn' in data_keys:
            data_keys.remove('cognitoSignIn')
            data__cognitoSignIn = data['cognitoSignIn']
            if not isinstance(data__cognitoSignIn, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.cognitoSignIn must be boolean', value=data__cognitoSignIn, name='' + (name_prefix or 'data') + '.cognitoSignIn', rule='type')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', rule='additionalProperties')
    return data

def validate____defs_userpool(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'type' in data_keys:
            data_keys.remove('type')
            data__type = data['type']
            if not (isinstance(data__type, str) and data__type == 'UserPool'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: UserPool', value=data__type, name='' + (name_prefix or 'data') + '.type', rule='const')
        if 'allowPublicSignUps' in data_keys:
            data_keys.remove('allowPublicSignUps')
            data__allowPublicSignUps = data['allowPublicSignUps']
            if not isinstance(data__allowPublicSignUps, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.allowPublicSignUps must be boolean', value=data__allowPublicSignUps, name='' + (name_prefix or 'data') + '.allowPublicSignUps', rule='type')
        if 'autoVerifyEmails' in data_keys:
            data_keys.remove('autoVerifyEmails')
            data__autoVerifyEmails = data['autoVerifyEmails']
            if not isinstance(data__autoVerifyEmails, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.autoVerifyEmails must be boolean', value=data__autoVerifyEmails, name='' + (name_prefix or 'data') + '.autoVerifyEmails', rule='type')
        if 'autoVerifyPhones' in data_keys:
            data_keys.remove('autoVerifyPhones')
            data__autoVerifyPhones = data['autoVerifyPhones']
            if not isinstance(data__autoVerifyPhones, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.autoVerifyPhones must be boolean', value=data__autoVerifyPhones, name='' + (name_prefix or 'data') + '.autoVerifyPhones', rule='type')
        if 'deletionProtection' in data_keys:
            data_keys.remove('deletionProtection')
            data__deletionProtection = data['deletionProtection']
            if not isinstance(data__deletionProtection, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.deletionProtection must be boolean', value=data__deletionProtection, name='' + (name_prefix or 'data') + '.deletionProtection', rule='type')
        if 'signInWith' in data_keys:
            data_keys.remove('signInWith')
            data__signInWith = data['signInWith']
            if not isinstance(data__signInWith, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.signInWith must be array', value=data__signInWith, name='' + (name_prefix or 'data') + '.signInWith', rule='type')
            data__signInWith_is_list = isinstance(data__signInWith, (list, tuple))
            if data__signInWith_is_list:
                data__signInWith_len = len(data__signInWith)
                if data__signInWith_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.signInWith must contain at least 1 items', value=data__signInWith, name='' + (name_prefix or 'data') + '.signInWith', rule='minItems')

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__signInWith_len > len(set((fn(data__signInWith_x) for data__signInWith_x in data__signInWith))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.signInWith must contain unique items', value=data__signInWith, name='' + (name_prefix or 'data') + '.signInWith', rule='uniqueItems')
                for data__signInWith_x, data__signInWith_item in enumerate(data__signInWith):
                    if not (isinstance(data__signInWith_item, str) and data__signInWith_item == 'username' or (isinstance(data__signInWith_item, str) and data__signInWith_item == 'email') or (isinstance(data__signInWith_item, str) and data__signInWith_item == 'phone') or (isinstance(data__signInWith_item, str) and data__signInWith_item == 'preferred_username')):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.signInWith[{data__signInWith_x}]'.format(**locals()) + " must be one of ['username', 'email', 'phone', 'preferred_username']", value=data__signInWith_item, name='' + (name_prefix or 'data') + '.signInWith[{data__signInWith_x}]'.format(**locals()) + '', rule='enum')
        if 'tier' in data_keys:
            data_keys.remove('tier')
            data__tier = data['tier']
            if not (isinstance(data__tier, str) and data__tier == 'lite' or (isinstance(data__tier, str) and data__tier == 'essentials') or (isinstance(data__tier, str) and data__tier == 'plus')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".tier must be one of ['lite', 'essentials', 'plus']", value=data__tier, name='' + (name_prefix or 'data') + '.tier', rule='enum')
        if 'senderKey' in data_keys:
            data_keys.remove('senderKey')
            data__senderKey = data['senderKey']
            try:
                if not isinstance(data__senderKey, (int, float, Decimal, bool, list, tuple, dict, NoneType)):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.senderKey must be number or boolean or array or object or null', value=data__senderKey, name='' + (name_prefix or 'data') + '.senderKey', rule='type')
            except (JsonSchemaValueException, JsonSchemaValuesException):
                pass
            else:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.senderKey must NOT match a disallowed definition', value=data__senderKey, name='' + (name_prefix or 'data') + '.senderKey', rule='not')
            if isinstance(data__senderKey, str):
                if not REGEX_PATTERNS['^arn:[a-z0-9-]+:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$(?!\\n)'].search(data__senderKey):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.senderKey must match pattern ^arn:[a-z0-9-]+:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$(?!\\n)', value=data__senderKey, name='' + (name_prefix or 'data') + '.senderKey', rule='pattern')
        if 'existing' in data_keys:
            data_keys.remove('existing')
            data__existing = data['existing']
            try:
                if not isinstance(data__existing, (int, float, Decimal, bool, list, tuple, dict, NoneType)):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.existing must be number or boolean or array or object or null', value=data__existing, name='' + (name_prefix or 'data') + '.existing', rule='type')
            except (JsonSchemaValueException, JsonSchemaValuesException):
                pass
            else:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.existing must NOT match a disallowed definition', value=data__existing, name='' + (name_prefix or 'data') + '.existing', rule='not')
            if isinstance(data__existing, str):
                data__existing_len = len(data__existing)
                if data__existing_len > 55:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.existing must be shorter than or equal to 55 characters', value=data__existing, name='' + (name_prefix or 'data') + '.existing', rule='maxLength')
                if not REGEX_PATTERNS['^[A-Za-z0-9_-]+_[0-9a-zA-Z]+$(?!\\n)'].search(data__existing):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.existing must match pattern ^[A-Za-z0-9_-]+_[0-9a-zA-Z]+$(?!\\n)', value=data__existing, name='' + (name_prefix or 'data') + '.existing', rule='pattern')
        if 'properties' in data_keys:
            data_keys.remove('properties')
            data__properties = data['properties']
            if not isinstance(data__properties, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.properties must be object', value=data__properties, name='' + (name_prefix or 'data') + '.properties', rule='type')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties', value=data, name='' + (name_prefix or 'data') + '', rule='additionalProperties')
    return data

def validate____defs_runtime(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^(nodejs([0-9]+\\.([0-9]+|x)(-edge)?)?|python[0-9]+\\.[0-9]+|java[0-9]+(\\.al2)?|dotnet(core)?[0-9]+(\\.[0-9]+)?|ruby[0-9]+\\.[0-9]+|go[0-9]+\\.x|provided(\\.al2|\\.al2023)?)$(?!\\n)'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^(nodejs([0-9]+\\.([0-9]+|x)(-edge)?)?|python[0-9]+\\.[0-9]+|java[0-9]+(\\.al2)?|dotnet(core)?[0-9]+(\\.[0-9]+)?|ruby[0-9]+\\.[0-9]+|go[0-9]+\\.x|provided(\\.al2|\\.al2023)?)$(?!\\n)', value=data, name='' + (name_prefix or 'data') + '', rule='pattern')
    return data

def validate____defs_metadatavalue(data, custom_formats={}, name_prefix=None):
    try:
        if not isinstance(data, NoneType):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be null', value=data, name='' + (name_prefix or 'data') + '', rule='type')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must NOT match a disallowed definition', value=data, name='' + (name_prefix or 'data') + '', rule='not')
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate____defs_metadatavalue(data_item, custom_formats, (name_prefix or 'data') + '[{data_x}]'.format(**locals()))
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                validate____defs_metadatavalue(data_value, custom_formats, (name_prefix or 'data') + '.{data_key}'.format(**locals()))
    return data


validate = validate_urn_stackgen_schema_spec_1
