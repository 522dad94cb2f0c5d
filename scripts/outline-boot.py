"""Moves every inline <script> of a built HTML file into a file of its own beside it
(boot-<hash>.js), referenced by src, so the page needs no 'unsafe-inline' in its
Content-Security-Policy. Usage: outline-boot.py dist/index.html"""
import hashlib
import pathlib
import re
import sys

html_path = pathlib.Path(sys.argv[1])
html = html_path.read_text(encoding="utf-8")


def outline(m: re.Match) -> str:
    attrs, body = m.group(1), m.group(2)
    name = "boot-" + hashlib.sha256(body.encode()).hexdigest()[:16] + ".js"
    (html_path.parent / name).write_text(body.strip() + "\n", encoding="utf-8")
    return f'<script{attrs} src="./{name}"></script>'


# Only scripts with a body and no src.
html = re.sub(r"<script((?:(?!\bsrc=)[^>])*)>(\s*\S[\s\S]*?)</script>", outline, html)
html_path.write_text(html, encoding="utf-8")
