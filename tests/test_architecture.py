"""Import rules that keep the layers honest, checked over the source tree."""

import ast
import pathlib

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "marketplace"


def _modules(name: str):
    return sorted(PACKAGE.rglob(name))


def _source(path: pathlib.Path) -> str:
    return path.read_text(encoding="utf-8")


def test_views_never_commit():
    for path in _modules("views.py"):
        assert ".commit(" not in _source(path), path


def test_models_never_enqueue_or_read_request_globals():
    for path in _modules("models.py"):
        tree = ast.parse(_source(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = {alias.name for alias in node.names}
                assert node.module != "marketplace.tasks", path
                assert not ({"g", "request", "current_user", "session"} & names), path


def test_services_never_read_request_globals():
    for path in _modules("services.py"):
        tree = ast.parse(_source(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in ("flask", "flask_login"):
                names = {alias.name for alias in node.names}
                assert not ({"g", "request", "current_user", "session"} & names), path


def test_only_entry_points_import_the_app_module():
    allowed = {PACKAGE / "__init__.py", PACKAGE / "demo.py", PACKAGE / "tasks.py"}
    for path in PACKAGE.rglob("*.py"):
        if path in allowed:
            continue
        tree = ast.parse(_source(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "marketplace.app", path
