"""``stackgen`` as a process (:mod:`stackgen.__main__`): it ends without the interpreter's
teardown only when nothing is left to finish, with the status and the output the command gave."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"
VALID = str(CASES / "contract-example" / "spec.yaml")
INVALID = str(CASES / "error-schema" / "spec.yaml")


#: the environment of a process whose standard output is buffered, as a user's is when it is a
#: pipe or a file (not when PYTHONUNBUFFERED is set, as some CI runners do)
BUFFERED = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
PRELUDE = "import sys\nsys.argv = ['stackgen', *sys.argv[1:]]\n"


def python(code, *args, **options):
    """Run ``code`` in a new interpreter, with ``args`` as the command line it gives stackgen."""
    return subprocess.run([sys.executable, "-c", PRELUDE + code, *args], capture_output=True, text=True,
                          env=BUFFERED, **options)


RUN = "from stackgen.__main__ import run\nrun()\n"


def test_the_console_script_runs_the_process_entry_point():
    scripts = Path(__file__).parent.parent / "pyproject.toml"
    assert 'stackgen = "stackgen.__main__:run"' in scripts.read_text(encoding="utf-8")


@pytest.mark.parametrize("spec, status", [(VALID, 0), (INVALID, 1)])
def test_the_exit_status_and_the_whole_report_come_out(spec, status):
    done = python(RUN, "validate", "--format", "json", spec)
    assert done.returncode == status, done.stderr
    diagnostics = json.loads(done.stdout)
    assert isinstance(diagnostics, list)
    assert any(d["severity"] == "error" for d in diagnostics) == bool(status)


def test_a_usage_error_still_exits_2_with_its_message():
    done = python(RUN, "validate", "--no-such-option", VALID)
    assert done.returncode == 2
    assert "No such option" in done.stderr


def test_atexit_hooks_run_before_the_process_ends():
    done = python("import atexit\natexit.register(print, 'hook ran')\n" + RUN, "--version")
    assert done.returncode == 0
    assert done.stdout.splitlines() == ["stackgen, version " + __import__("stackgen").__version__, "hook ran"]


#: a spy on the fast exit: it prints the status it is given, then exits
SPY = ("import os\n"
       "real = os._exit\n"
       "def spy(status):\n"
       "    print('os._exit', status, flush=True)\n"
       "    real(status)\n"
       "os._exit = spy\n")


@pytest.mark.parametrize("spec, status", [(VALID, 0), (INVALID, 1)])
def test_the_process_ends_without_the_interpreters_teardown(spec, status):
    done = python(SPY + RUN, "validate", spec)
    assert done.returncode == status
    assert done.stdout.splitlines() == [f"os._exit {status}"]


def test_another_running_thread_is_waited_for():
    code = ("import threading, time\n"
            "threading.Thread(target=lambda: (time.sleep(0.3), print('thread done', flush=True))).start()\n"
            + RUN)
    done = python(code, "validate", VALID)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "thread done"
    assert "os._exit" not in python(SPY + code, "validate", VALID).stdout


@pytest.mark.parametrize("runner", [["-m", "cProfile", "-o", "{found}", "-m"],
                                    ["-m", "trace", "--count", "--file", "{found}", "--coverdir", "{scratch}",
                                     "--module"]])
def test_a_profiler_or_tracer_still_writes_what_it_found(tmp_path, runner):
    found = tmp_path / "found"
    done = subprocess.run([sys.executable, *(w.format(found=found, scratch=tmp_path) for w in runner), "stackgen", "validate", VALID],
                          capture_output=True, text=True, env=BUFFERED, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert found.stat().st_size > 0


def test_output_that_cannot_be_flushed_ends_as_the_interpreter_would():
    # /dev/full accepts a write and refuses the flush: the interpreter's own exit reports it
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    plain = "from stackgen.cli import main\nmain()\n"
    with open("/dev/full", "w") as full:
        ours, theirs = (subprocess.run([sys.executable, "-c", PRELUDE + code, "validate", "--format", "json", VALID],
                                       stdout=full, stderr=subprocess.PIPE, text=True, env=BUFFERED)
                        for code in (RUN, plain))
    assert ours.returncode == theirs.returncode != 0
    assert "No space left on device" in ours.stderr
    assert "Traceback" not in ours.stderr


def test_collection_is_on_for_the_pipeline_and_the_imports_are_frozen():
    code = ("import gc, stackgen.cli\n"
            "def probe():\n"
            "    print(gc.isenabled(), gc.get_freeze_count() > 0)\n"
            "    sys.exit(0)\n"
            "stackgen.cli.main = probe\n" + RUN)
    done = python(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]


def test_collection_stays_off_when_the_caller_turned_it_off():
    code = ("import gc, stackgen.cli\n"
            "gc.disable()\n"
            "def probe():\n"
            "    print(gc.isenabled())\n"
            "    sys.exit(0)\n"
            "stackgen.cli.main = probe\n" + RUN)
    done = python(code)
    assert done.stdout.split() == ["False"]


@pytest.mark.parametrize("code, status", [(None, 0), (0, 0), (3, 3), (True, 1), ("a message", None), (1.5, None)])
def test_the_status_is_what_sys_exit_would_give(code, status):
    from stackgen.__main__ import _status

    assert _status(code) == status
