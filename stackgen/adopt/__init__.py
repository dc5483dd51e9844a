"""Adopt: an existing SAM or CloudFormation template in, a stack spec out (``stackgen import``).

Import is the inverse of the pipeline, and it is checked by the pipeline itself: it derives,
then verifies. :mod:`.reader` reads the template (short ``!Ref`` or long ``Fn::`` forms, YAML
or JSON) into the values the loader gives a spec, with a source map into the original;
:mod:`.mapping` proposes a spec, one inverse per kind (a pool's fields and its ``LambdaConfig``
as solid wires, a function's environment and statements as dashed wires where they are exactly
what a wire derives...); :mod:`.compare` builds that spec with stackgen's own stages and
compares the result with the original, resource by resource, so that what a wire or field
would change goes back to ``properties`` or ``environment``; what still differs is a note (the
build adds it) or an ``I`` error (the build would lose it), located in the original.
:mod:`.writer` writes the spec. :func:`stackgen.adopt.importer.adopt` runs them.
"""
