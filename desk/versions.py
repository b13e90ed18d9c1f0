"""The versions of desk and of its main parts, as ``desk doctor`` and the support bundle
report them."""

from __future__ import annotations


def versions() -> dict[str, str]:
    """desk's and its main parts' versions."""
    import platform
    from importlib import metadata

    import sqlcipher3

    from desk import __version__

    def of(*names: str) -> str:
        for name in names:
            try:
                return metadata.version(name)
            except metadata.PackageNotFoundError:
                continue
        return "not installed"

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
    return {"desk": __version__, "Python": platform.python_version(),
            "Qt (PySide6)": of("PySide6", "PySide6-Essentials"),
            "SQLCipher": f"{cipher} (SQLite {sqlcipher3.sqlite_version})",
            "pydicom": of("pydicom")}
