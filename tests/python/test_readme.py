"""The README's examples really run: the Python block is executed, and the C++ block is the
start of examples/cpp/street_demo.cpp, which CI builds against the installed package."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()


def block(language):
    return re.search(rf"```{language}\n(.*?)```", README, re.S).group(1)


def test_python_example_runs(tmp_path, monkeypatch):
    import matplotlib

    matplotlib.use("Agg")
    monkeypatch.chdir(tmp_path)
    exec(compile(block("python"), "README.md", "exec"), {})
    assert (tmp_path / "map.png").exists()


def test_cpp_example_is_the_consumer_program():
    example = (ROOT / "examples" / "cpp" / "street_demo.cpp").read_text()
    assert block("cpp").strip() in example


def test_two_commands():
    commands = re.findall(r"^\./dev\.sh (\w+)", block("sh"), re.M)
    assert commands == ["demo", "test"]
