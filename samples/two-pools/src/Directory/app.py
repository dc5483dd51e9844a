"""Directory: counts the users of both pools.

The dashed wires give it, in wire order, USER_POOL_ID / USER_POOL for Customers and
USER_POOL_ID_2 / USER_POOL_2 for Staff (stackgen's NAME_2 rule), with ListUsers permission on each.
"""

import os

import boto3

cognito = boto3.client("cognito-idp")
POOLS = {
    "customers": os.environ["USER_POOL_ID"],
    "staff": os.environ["USER_POOL_ID_2"],
}


def count_users(pool_id):
    """Exact count by paging through ListUsers (DescribeUserPool's EstimatedNumberOfUsers is cheaper but approximate)."""
    total = 0
    for page in cognito.get_paginator("list_users").paginate(UserPoolId=pool_id):
        total += len(page["Users"])
    return total


def handler(event, context):
    counts = {name: count_users(pool_id) for name, pool_id in POOLS.items()}
    return {"counts": counts, "total": sum(counts.values())}
