import sys
from pathlib import Path

# the test helpers (cfn.py, goldens.py) import as top-level modules
sys.path.insert(0, str(Path(__file__).resolve().parent))
