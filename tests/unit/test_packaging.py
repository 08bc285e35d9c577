"""The package ships everything it needs: forms match ui/, resources and migrations install."""

import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

from revmentor_desktop.gui.forms import UI_DIR, compile_form, form_module
from revmentor_desktop.paths import resource

ROOT = Path(__file__).resolve().parents[2]


def _without_version_line(source: str) -> str:
    # The header names the uic version; everything else must match exactly.
    return "\n".join(line for line in source.splitlines() if "Created by: Qt User" not in line)


@pytest.mark.parametrize("ui_file", sorted(UI_DIR.glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_is_up_to_date(ui_file):
    committed = form_module(ui_file)
    assert committed.exists(), f"run: python -m revmentor_desktop.gui.forms ({committed.name})"
    assert _without_version_line(committed.read_text(encoding="utf-8")) == _without_version_line(
        compile_form(ui_file)
    ), f"{committed.name} is stale: run python -m revmentor_desktop.gui.forms"


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "revmentor_desktop").rglob("__init__.py")
    }
    # Every folder of resources/, however deep, with its files as package data.
    resources = {
        ".".join(("revmentor_desktop.resources", *folder.relative_to(ROOT / "resources").parts))
        for folder in (ROOT / "resources").rglob("*")
        if folder.is_dir() and folder.name != "__pycache__"
    }
    assert (on_disk | resources) - listed == set()
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]
    assert resources - set(package_data) == set()


def test_resources_resolve_from_the_source_checkout():
    assert resource("icons", "revmentor.svg").read_text().startswith("<svg")


@pytest.mark.slow
def test_non_editable_install_finds_resources_forms_and_migrations(tmp_path):
    """Install the real package (not editable) and run it away from the source tree."""
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
         str(ROOT)],
        check=True, cwd=tmp_path,
    )  # fmt: skip
    # A bare environment that sees this one's dependencies but not its editable-install hook
    # (a .pth line is a plain path: the hook's own .pth in that folder is not executed).
    venv.create(tmp_path / "env")
    python = next((tmp_path / "env").glob("bin/python")) if os.name != "nt" else (
        tmp_path / "env" / "Scripts" / "python.exe")  # fmt: skip
    env_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    Path(env_site, "dependencies.pth").write_text(
        "\n".join(p for p in sys.path if p.endswith("site-packages")) + "\n"
    )
    probe = (
        "import revmentor_desktop, sys\n"
        "from revmentor_desktop.paths import resource, resource_dir\n"
        "from revmentor_desktop.gui.forms import ui_main_window, ui_people_view\n"
        "assert revmentor_desktop.__file__.startswith(sys.argv[1]), revmentor_desktop.__file__\n"
        "assert resource_dir().is_relative_to(sys.argv[1]), resource_dir()\n"
        "for parts in (('help', 'user-guide.md'), ('screenshots', 'dashboard.png'),\n"
        "              ('icons', 'actions', 'users.svg')):\n"
        "    resource(*parts)\n"
        "print(resource('icons', 'revmentor.svg'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target), "REVMENTOR_DATA_DIR": str(tmp_path / "d")}
    out = subprocess.run([str(python), "-c", probe, str(target)], cwd=tmp_path, env=env,
                         capture_output=True, text=True)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("revmentor.svg")
    database = str(tmp_path / "installed.sqlite")
    for command in (["demo", "--people", "30"], ["check"]):
        run = subprocess.run(
            [str(python), "-m", "revmentor_desktop", "--db", database, *command],
            cwd=tmp_path, env=env, capture_output=True, text=True,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
    assert "OK: no problems found" in run.stdout
