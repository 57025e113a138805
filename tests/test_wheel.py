"""An installed wheel carries the data: `load()` works outside the checkout."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_loads_every_document(tmp_path, documents):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(dist), str(ROOT)], check=True)
    (wheel,) = dist.glob("quellenlage-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
                   check=True)
    code = ("import quellenlage, quellenlage.paths as p; d = quellenlage.load(); "
            "print(quellenlage.__file__); print(p.data_root()); print(sum(len(x) for x in d.values()))")
    out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    module_file, data_root, count = out.stdout.strip().splitlines()
    assert str(env_dir) in module_file
    assert data_root.endswith("quellenlage/_data") and str(env_dir) in data_root
    assert int(count) == len(documents)
