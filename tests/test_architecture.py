"""Import rules that keep the layers honest, checked over the source tree."""

import ast
import pathlib
import re

import pytest

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


# --- the shape of the house: sizes, the feature map, visible wiring, the outbound gate ----

MAX_MODULE_LINES = 500
MAX_CLASS_LINES = 400
# Data tables, not logic: long by nature and read as a list.
DATA_TABLES = {PACKAGE / "trades" / "catalogue.py", PACKAGE / "trades" / "objects.py"}
# The composition roots may import every feature.
COMPOSITION_ROOTS = {PACKAGE / name for name in ("app.py", "wiring.py", "demo.py", "models.py",
                                                 "__init__.py")}
# Only these modules may render templates: pages, e-mails and error pages.
RENDERING_MODULES = {"views.py", "notifications.py", "errors.py"}


def _python_files():
    return sorted(PACKAGE.rglob("*.py"))


def _features() -> list[str]:
    return sorted(path.name for path in PACKAGE.iterdir()
                  if path.is_dir() and (path / "__init__.py").exists())


def _imported_modules(tree: ast.AST) -> list[tuple[str, int]]:
    """Every marketplace module a file imports, at the top or inside a function."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "marketplace":
                found += [(f"marketplace.{alias.name}", node.lineno) for alias in node.names]
            elif node.module.startswith("marketplace."):
                found.append((node.module, node.lineno))
        elif isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names
                      if alias.name.startswith("marketplace.")]
    return found


def feature_import_graph() -> dict[str, dict[str, list[str]]]:
    features = set(_features())
    graph: dict[str, dict[str, list[str]]] = {name: {} for name in features}
    for path in _python_files():
        parts = path.relative_to(PACKAGE).parts
        if len(parts) < 2 or parts[0] not in features:
            continue
        for module, line in _imported_modules(ast.parse(_source(path))):
            target = module.split(".")[1]
            if target in features and target != parts[0]:
                graph[parts[0]].setdefault(target, []).append(
                    f"{path.relative_to(PACKAGE)}:{line}")
    return graph


def _cycles(graph: dict[str, dict[str, list[str]]]) -> list[list[str]]:
    """Strongly connected components with more than one package (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def test_no_module_over_500_lines():
    too_long = {str(path.relative_to(PACKAGE)): count for path in _python_files()
                if path not in DATA_TABLES
                and (count := len(_source(path).splitlines())) > MAX_MODULE_LINES}
    assert too_long == {}


def test_no_class_over_400_lines():
    too_long = {}
    for path in _python_files():
        for node in ast.walk(ast.parse(_source(path))):
            if isinstance(node, ast.ClassDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_CLASS_LINES:
                    too_long[f"{path.relative_to(PACKAGE)}:{node.name}"] = length
    assert too_long == {}


def test_feature_packages_form_no_import_cycle():
    graph = feature_import_graph()
    cycles = _cycles(graph)
    evidence = {
        " ".join(cycle): {f"{source} -> {target}": graph[source][target]
                          for source in cycle for target in graph[source] if target in cycle}
        for cycle in cycles}
    assert evidence == {}


def test_the_cycle_check_finds_a_cycle():
    graph = {"a": {"b": ["a.py:1"]}, "b": {"c": ["b.py:1"]}, "c": {"a": ["c.py:1"]},
             "d": {"a": ["d.py:1"]}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_functions_are_referenced_by_name_not_by_dotted_string():
    dotted = re.compile(r"marketplace(\.\w+){2,}")
    found = []
    for path in _python_files():
        for node in ast.walk(ast.parse(_source(path))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and dotted.fullmatch(node.value)):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.value}")
    assert found == []


def test_enqueue_refuses_a_dotted_string():
    from marketplace.tasks import task_path

    with pytest.raises(TypeError):
        task_path("marketplace.channels.tasks.deliver_message")


def test_only_views_notifications_and_error_pages_render_templates():
    found = []
    for path in _python_files():
        if path.name in RENDERING_MODULES:
            continue
        if "render_template" in _source(path):
            found.append(str(path.relative_to(PACKAGE)))
    assert found == []


def _calls(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Attribute):
                names.add(function.attr)
            elif isinstance(function, ast.Name):
                names.add(function.id)
    return names


def test_only_delivery_talks_to_a_channel_adapter():
    """Sending is `adapter.send(...)`; only channels/delivery.py does it, after the gate."""
    senders = []
    for path in _python_files():
        tree = ast.parse(_source(path))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("send", "send_template", "send_text")
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "adapter"):
                senders.append(str(path.relative_to(PACKAGE)))
    assert set(senders) == {"channels/delivery.py"}


def test_every_send_path_asks_the_gate():
    """Queueing, delivery and an admin's retry each call `gate.decide`, and only the gate
    module writes an outbound message row."""
    channels = PACKAGE / "channels"
    for name in ("outbound.py", "delivery.py"):
        assert "decide" in _calls(ast.parse(_source(channels / name))), name
    writers = []
    for path in _python_files():
        source = _source(path)
        if "Direction.OUTBOUND" in source and re.search(r"\bMessage\(", source):
            writers.append(str(path.relative_to(PACKAGE)))
    # The insight demo writes 90 days of past messages as history rows with their final
    # states; none is queued or ever handed to an adapter.
    assert writers == ["channels/outbound.py", "insight/demo.py"]


# The map the README shows, lowest layer first; a feature may import only from layers
# below its own. Features in one layer know nothing of each other.
LAYERS = (
    ("accounts",), ("admin",), ("trades", "geo"), ("tenancy",), ("verification",),
    ("channels",), ("media",), ("jobs",), ("conversations",), ("quotes",), ("consent",),
    ("threads",), ("work",), ("reviews",), ("archive", "integrations"), ("privacy",),
    ("api", "site", "insight"),
)


def test_every_feature_has_a_place_on_the_map():
    placed = {feature for layer in LAYERS for feature in layer}
    assert set(_features()) == placed


def test_features_import_only_from_layers_below():
    level = {feature: number for number, layer in enumerate(LAYERS) for feature in layer}
    upward = {f"{source} -> {target}": lines
              for source, targets in feature_import_graph().items()
              for target, lines in targets.items()
              if level.get(target, -1) >= level.get(source, -1)}
    assert upward == {}
