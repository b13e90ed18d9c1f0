"""The wheel carries every package, the migrations and the bundled resources."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return set(config["tool"]["setuptools"]["packages"])


def test_every_package_on_disk_is_declared() -> None:
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "desk").rglob(
        "__init__.py")}
    assert on_disk | {"desk_resources"} == _declared()


def test_wheel_holds_resources_and_migrations(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path), str(ROOT)], check=True, timeout=300,
                   capture_output=True)
    wheel = next(tmp_path.glob("desk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = {str(p.relative_to(ROOT / "resources")) for p in (ROOT / "resources").rglob("*")
                 if p.is_file()}
    assert {f"desk_resources/{r}" for r in resources} <= names
    migrations = {str(p.relative_to(ROOT)) for p in
                  (ROOT / "desk/storage/migrations").rglob("*.py")}
    assert migrations <= names
    assert "desk/storage/migrations/script.py.mako" in names


# The installers (packaging/windows, packaging/macos, .github/workflows/installers.yml) are
# built only in CI, on Windows and macOS: these tests check here that what they say agrees
# with the code (the version, the machine file's place, the name desk gives itself).

PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "desk.iss"
SPEC = PACKAGING / "desk.spec"
DMG = PACKAGING / "macos" / "build-dmg.sh"
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
LOCKS = {"linux": "requirements.lock", "windows": "requirements-windows.lock",
         "macos": "requirements-macos.lock"}


def _iss_sections() -> dict[str, list[str]]:
    """The Inno Setup script's lines by section, after the preprocessor lines."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            assert current not in sections, f"[{current}] twice"
            sections[current] = []
        else:
            assert current is not None, f"outside any section: {line}"
            sections[current].append(line)
    return sections


def _iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', ISS.read_text(encoding="utf-8"), re.M))


def _iss_setup() -> dict[str, str]:
    pairs = [line.split("=", 1) for line in _iss_sections()["Setup"]]
    return {key.strip(): _expand(value.strip()) for key, value in pairs}


def _expand(text: str) -> str:
    defines = _iss_defines()
    return re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), text)


def _iss_entries(section: str) -> list[dict[str, str]]:
    """Each line of a [Files]-like section as its ``Name: "value"`` parameters."""
    entries = []
    for line in _iss_sections()[section]:
        parts = re.findall(r'(\w+):\s*("[^"]*"|[^;]+?)\s*(?:;|$)', line)
        assert ";".join(f"{k}: {v}" for k, v in parts).replace(" ", "") == line.replace(
            " ", ""), f"not Name: value; pairs: {line}"
        entries.append({k: _expand(v.strip('"')) for k, v in parts})
    return entries


def _spec_calls() -> dict[str, ast.Call]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    return {node.func.id: node for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}


def _spec_constants() -> dict[str, object]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    return {node.targets[0].id: node.value.value for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)}


def _qt_application_name() -> str:
    text = (ROOT / "desk" / "ui" / "app.py").read_text(encoding="utf-8")
    return re.search(r'setApplicationName\("([^"]+)"\)', text).group(1)


def test_every_package_takes_the_version_desk_reports() -> None:
    import desk

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["version"] == desk.__version__  # the .deb's version is pyproject's
    spec = SPEC.read_text(encoding="utf-8")
    assert "from desk import __version__" in spec
    bundle = {k.arg: k.value for k in _spec_calls()["BUNDLE"].keywords}
    assert isinstance(bundle["version"], ast.Name) and bundle["version"].id == "__version__"
    known = {"__version__": desk.__version__, "NAME": _spec_constants()["NAME"]}
    plist = ast.literal_eval(re.sub(r"\b(__version__|NAME)\b", lambda m: repr(known[m[1]]),
                                    ast.unparse(bundle["info_plist"])))
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == desk.__version__
    assert plist["NSHighResolutionCapable"] is True
    # Inno Setup cannot ask Python: the script refuses to build without the version, and the
    # workflow passes desk's
    assert "AppVersion" not in _iss_defines()
    assert "#error" in ISS.read_text(encoding="utf-8")
    assert _iss_setup()["AppVersion"] == "{#AppVersion}"
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert 'python -c "import desk; print(desk.__version__)"' in workflow
    assert '"/DAppVersion=$version"' in workflow
    assert "import desk; print(desk.__version__)" in DMG.read_text(encoding="utf-8")


def test_installers_put_the_machine_file_where_desk_reads_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.storage import settings

    monkeypatch.delenv("DESK_MACHINE_CONFIG")
    monkeypatch.setenv("PROGRAMDATA", r"C:\ProgramData")
    monkeypatch.setattr(sys, "platform", "win32")
    windows = settings.machine_file()
    monkeypatch.setattr(sys, "platform", "darwin")
    macos = settings.machine_file()
    # Windows: {commonappdata} is %ProgramData%; put there once, kept on upgrade and removal
    sample = [e for e in _iss_entries("Files") if e["Source"].endswith("desk.toml")]
    assert len(sample) == 1
    destination = sample[0]["DestDir"].replace("{commonappdata}", r"C:\ProgramData")
    assert PureWindowsPath(destination, PureWindowsPath(sample[0]["Source"]).name) == (
        PureWindowsPath(windows))
    assert (ISS.parent / sample[0]["Source"].replace("\\", "/")).resolve() == (
        PACKAGING / "desk.toml")
    assert set(sample[0]["Flags"].split()) == {"onlyifdoesntexist", "uninsneveruninstall"}
    assert all("uninsneveruninstall" in e["Flags"] for e in _iss_entries("Dirs"))
    assert "UninstallDelete" not in _iss_sections()  # removal takes only what it installed
    # macOS: the .dmg carries the sample and says where it goes
    dmg = DMG.read_text(encoding="utf-8")
    assert f'"{macos.parent}"' in dmg and f'"{macos}"' in dmg
    assert "cp packaging/desk.toml" in dmg


def test_every_installer_names_the_program_as_desk_names_itself() -> None:
    name = _qt_application_name()
    constants = _spec_constants()
    assert constants["NAME"] == name
    assert str(constants["BUNDLE_ID"]).endswith("." + name)
    setup = _iss_setup()
    assert setup["AppName"] == name and setup["DefaultDirName"] == "{autopf}\\" + name
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["PrivilegesRequired"] == "admin"  # per machine
    [menu] = _iss_entries("Icons")
    assert menu["Name"] == "{autoprograms}\\" + name
    # the Start menu starts the console-less twin the spec builds on Windows
    assert menu["Filename"] == "{app}\\" + name + "w.exe"
    assert 'name=NAME + "w"' in SPEC.read_text(encoding="utf-8")
    desktop = (PACKAGING / "deb" / "desk.desktop").read_text(encoding="utf-8")
    assert f"StartupWMClass={name}\n" in desktop


def test_the_inno_script_uses_only_known_sections_and_defines() -> None:
    sections = _iss_sections()
    assert set(sections) <= {"Setup", "Files", "Dirs", "Icons", "Run", "InstallDelete",
                             "UninstallRun", "Tasks", "Registry", "Languages"}
    used = set(re.findall(r"\{#(\w+)\}", ISS.read_text(encoding="utf-8")))
    assert used <= set(_iss_defines()) | {"AppVersion"}
    for section in ("Files", "Dirs", "Icons", "Run", "InstallDelete"):
        for entry in _iss_entries(section):
            assert entry.get("Source", entry.get("Name", entry.get("Filename"))), entry


def test_the_three_locks_pin_the_same_versions() -> None:
    def pins(lock: str) -> dict[str, str]:
        lines = (PACKAGING / lock).read_text().splitlines()
        assert all("--hash=sha256:" in line for line in lines if not line.startswith("#"))
        return dict(line.split()[0].lower().split("==") for line in lines
                    if not line.startswith("#"))

    linux, windows, macos = (pins(LOCKS[k]) for k in ("linux", "windows", "macos"))
    assert {k: windows[k] for k in linux} == linux and {k: macos[k] for k in linux} == linux
    assert set(windows) - set(linux) == {"pefile", "pywin32-ctypes"}
    assert set(macos) - set(linux) == {"macholib"}


def test_the_workflow_builds_each_system_from_its_lock() -> None:
    workflow = WORKFLOW.read_text(encoding="utf-8")
    for runner in ("windows-latest", "macos-latest", "debian:12"):
        assert runner in workflow
    assert "build-bundle.sh packaging/" + LOCKS["windows"] in workflow
    assert LOCKS["macos"] in DMG.read_text(encoding="utf-8")
    assert "build-bundle.sh packaging/" + LOCKS["linux"] in (
        PACKAGING / "build-deb.sh").read_text(encoding="utf-8")
    assert "packaging/test-deb.sh" in workflow and "bash packaging/macos/build-dmg.sh" in workflow
    for silent in ("/VERYSILENT", "/SUPPRESSMSGBOXES"):
        assert silent in workflow and silent in ISS.read_text(encoding="utf-8")
